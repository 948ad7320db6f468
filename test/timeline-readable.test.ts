import { approvedFamilyViaApi, activeJourneyViaApi, familyAccount, journeyStep } from './support/family-applications';
import { http } from './support/http';
import { CASEWORKER, COORDINATOR } from './support/referrals';
import { startTestStackWithApi, TestStackWithApi } from './support/test-stack';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

interface Entry {
  type: string;
  who: { userId: string; role: string; displayName?: string };
  details: Record<string, unknown>;
  description: string;
}

// The timeline a coordinator reads: people and families by name, and what each event recorded as codes and values.
describe('a timeline a person can read', () => {
  let stack: TestStackWithApi;
  let familyId: string;
  let journeyId: string;
  let entries: Entry[];

  beforeAll(async () => {
    stack = await startTestStackWithApi();
    // The people register names the staff; the tests' own sign-ins keep a name once written.
    const person = `INSERT INTO people (person_id, display_name, role, created_by) VALUES ($1, $2, $3, 'test')
                    ON CONFLICT (person_id) DO UPDATE SET display_name = EXCLUDED.display_name`;
    await stack.dataSource.query(person, [COORDINATOR.userId, 'Jonas Holm', 'coordinator']);
    await stack.dataSource.query(person, [CASEWORKER.userId, 'Anna Berg', 'caseworker']);
    familyId = await approvedFamilyViaApi(stack.baseUrl, {}, { displayName: 'Familien Skov' });
    await stack.dataSource.query(person, [familyAccount(familyId).userId, 'Mette Skov', 'volunteer_family']);
    journeyId = await activeJourneyViaApi(stack.baseUrl, familyId);
    const family = familyAccount(familyId);
    await journeyStep(stack.baseUrl, journeyId, 'WriteLogbookEntry', { week: 1, visit: 'held', note: 'Bagte boller og spillede kort.', concern: true }, family);
    await journeyStep(stack.baseUrl, journeyId, 'AssessConcern', { concernId: 'concern:1', outcome: 'talk_with_family', note: 'Talt med familien om det.' }, COORDINATOR);
    const answer = await http(stack.baseUrl, 'GET', `/journeys/${journeyId}/timeline`, { actor: COORDINATOR });
    expect(answer.status).toBe(200);
    entries = answer.body.entries;
  }, 180_000);
  afterAll(async () => {
    await stack?.stop();
  });

  const entry = (type: string) => {
    const found = entries.find((candidate) => candidate.type === type);
    if (!found) throw new Error(`no ${type} in the timeline: ${entries.map((candidate) => candidate.type).join(', ')}`);
    return found;
  };

  it('names who acted from the people register', () => {
    expect(entry('ChildReferred').who).toEqual({ userId: CASEWORKER.userId, role: 'caseworker', displayName: 'Anna Berg' });
    expect(entry('FriendshipMeetingHeld').who).toEqual({ userId: COORDINATOR.userId, role: 'coordinator', displayName: 'Jonas Holm' });
    expect(entry('LogbookEntryWritten').who.displayName).toBe('Mette Skov');
  });

  it('gives the agreement of the friendship meeting, naming the family instead of its id', () => {
    expect(entry('FriendshipMeetingHeld').details).toEqual({ familyName: 'Familien Skov', weekday: 'tuesday', pickUp: 'School at 15', return: 'Home by 19' });
    expect(entry('MatchProposed').details).toEqual({ familyName: 'Familien Skov' });
  });

  it('gives the logbook’s own text and the concern’s assessment as codes and the person’s words', () => {
    expect(entry('LogbookEntryWritten').details).toMatchObject({ familyName: 'Familien Skov', week: 1, visit: 'held', concern: true, note: 'Bagte boller og spillede kort.' });
    expect(entry('ConcernRaised').details).toMatchObject({ concernSource: 'logbook', logbookWeek: 1 });
    expect(entry('ConcernAssessed').details).toEqual({ concernOutcome: 'talk_with_family', note: 'Talt med familien om det.' });
    expect(entry('ChildReferred').details).toMatchObject({ legalBasis: expect.any(String), age: expect.any(Number) });
  });

  it('shows no id a person cannot read in any details, and keeps the English sentence for the audit', () => {
    for (const { details } of entries) expect(JSON.stringify(details)).not.toMatch(UUID);
    for (const { details } of entries) expect(Object.keys(details).filter((key) => /id$/i.test(key))).toEqual([]);
    expect(entry('FriendshipMeetingHeld').description).toContain(`with family ${familyId}`);
  });
});
