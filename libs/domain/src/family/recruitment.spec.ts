import { DEFAULT_FAMILY_POLICY } from '../policy/family-policy';
import { FamilyCommand } from './family-commands';
import { FamilyState, initialFamilyState } from './family-state';
import { decide } from './decide';
import { coordinator, day, given, homeVisit, recruitmentCommands, volunteer } from './family.fixture';
import { adultsWithoutCertificate } from './family-queries';

const apply: FamilyCommand = {
  type: 'ApplyAsFamily',
  actor: volunteer,
  contact: { displayName: 'Familien Hansen', email: null, phone: '+45 12 34 56 78' },
};
const certificateFor = (adultId: string): FamilyCommand => ({
  type: 'RecordChildCertificate',
  actor: coordinator,
  adultId,
  issuedOn: day(4),
});
const training: FamilyCommand = { type: 'CompleteTraining', actor: coordinator };
const approve: FamilyCommand = { type: 'Approve', actor: coordinator };

function refusalCode(state: FamilyState, command: FamilyCommand, at = day(20)): string | undefined {
  const decision = decide(state, command, at);
  return decision.accepted ? undefined : decision.refusal.code;
}

describe('a family on its way to approval', () => {
  const fresh = initialFamilyState('family-1', DEFAULT_FAMILY_POLICY);
  const applied = given([[apply, day(0)]]).state;
  const visited = given([[apply, day(0)], [homeVisit(), day(3)]]).state;

  it('walks applied → home visit → certificates → training → approved', () => {
    let state = fresh;
    const stages = recruitmentCommands().map(([command, at]) => (state = given([[command, at]], state).state).stage);
    expect(stages).toEqual([
      'applied',
      'home_visit_held',
      'home_visit_held',
      'certificates_recorded',
      'training_completed',
      'approved',
    ]);
  });

  it('accepts an application once, with a name and a way to reach the family', () => {
    expect(given([[apply, day(0)]]).events[0]).toMatchObject({ type: 'FamilyApplied', familyId: 'family-1', actor: volunteer });
    expect(refusalCode(applied, apply)).toBe('family.already_applied');
    expect(refusalCode(fresh, { ...apply, contact: { displayName: 'X', email: ' ', phone: null } })).toBe(
      'family.contact_incomplete',
    );
  });

  it('refuses every other command before the family has applied', () => {
    expect(refusalCode(fresh, homeVisit())).toBe('family.not_applied');
    expect(refusalCode(fresh, { type: 'Withdraw', actor: volunteer, reason: 'changed our minds' })).toBe('family.not_applied');
  });

  it('only lets a coordinator record the home visit, and an auditor nothing', () => {
    expect(refusalCode(applied, homeVisit({ actor: volunteer }))).toBe('family.not_permitted');
    expect(refusalCode(fresh, { ...apply, actor: { userId: 'aud', role: 'auditor' } })).toBe('family.not_permitted');
  });

  it.each([
    ['family.no_adult', homeVisit({ adults: [] })],
    ['family.adult_incomplete', homeVisit({ adults: [{ adultId: 'a1', name: '' }] })],
    ['family.duplicate_adult', homeVisit({ adults: [{ adultId: 'a1', name: 'A' }, { adultId: 'a1', name: 'B' }] })],
    ['family.no_own_child', homeVisit({ ownChildren: [] })],
    ['family.invalid_child_age', homeVisit({ ownChildren: [{ age: -1 }] })],
    ['family.invalid_home_location', homeVisit({ home: { lat: 95, lon: 12 } })],
    ['family.invalid_home_location', homeVisit({ home: { placeCode: '0101-norrebro', lat: 55.6611, lon: 12.5161 } })],
    ['family.invalid_home_location', homeVisit({ home: { placeCode: 'atlantis', lat: 55.6611, lon: 12.5161 } })],
    ['family.home_district_missing', homeVisit({ homeDistrict: '' })],
    ['family.no_weekday', homeVisit({ weekdaysAvailable: [] })],
    ['family.invalid_capacity', homeVisit({ capacity: 0 })],
    ['family.unknown_need', homeVisit({ needsAbleToMeet: ['mind_reading'] })],
  ])('refuses a home visit with %s', (code, command) => {
    expect(refusalCode(applied, command)).toBe(code);
  });

  it('keeps the place the home was chosen as, so the record says which place it was', () => {
    const home = { placeCode: '0751-viby-j', lat: 56.125, lon: 10.16 };
    expect(given([[apply, day(0)], [homeVisit({ home, homeDistrict: 'Viby J, Aarhus' }), day(3)]]).state.household?.home).toEqual(home);
    expect(visited.household?.home).toEqual({ lat: 55.6611, lon: 12.5161 });
  });

  it('records the home visit once', () => {
    expect(refusalCode(visited, homeVisit())).toBe('family.home_visit_already_recorded');
  });

  it('needs a certificate for every adult of the household before training', () => {
    const oneCertificate = given([[certificateFor('a1'), day(5)]], visited).state;
    expect(adultsWithoutCertificate(oneCertificate).map((adult) => adult.name)).toEqual(['Bo Hansen']);
    const decision = decide(oneCertificate, training, day(6));
    expect(decision).toEqual({
      accepted: false,
      refusal: { code: 'family.certificates_missing', message: 'A child certificate is still missing for Bo Hansen.' },
    });
  });

  it('refuses certificates before the home visit, for strangers, and dated in the future', () => {
    expect(refusalCode(applied, certificateFor('a1'))).toBe('family.home_visit_required');
    expect(refusalCode(visited, certificateFor('someone-else'))).toBe('family.unknown_adult');
    expect(refusalCode(visited, certificateFor('a1'), day(3))).toBe('family.invalid_certificate_date');
  });

  it('approves only after training, and only once', () => {
    const certified = given([[certificateFor('a1'), day(5)], [certificateFor('a2'), day(5)]], visited).state;
    expect(refusalCode(certified, approve)).toBe('family.training_not_completed');
    expect(refusalCode(applied, training)).toBe('family.home_visit_required');
    const approved = given([[training, day(8)], [approve, day(10)]], certified).state;
    expect(approved.stage).toBe('approved');
    expect(refusalCode(approved, approve)).toBe('family.already_approved');
    expect(refusalCode(approved, training)).toBe('family.training_already_completed');
  });

  it('lets a family withdraw at any stage, with a reason, and remembers where it left', () => {
    const withdraw: FamilyCommand = { type: 'Withdraw', actor: volunteer, reason: 'A new baby on the way' };
    expect(refusalCode(visited, { ...withdraw, reason: '' })).toBe('family.reason_required');
    const { state, events } = given([[withdraw, day(4)]], visited);
    expect(state.stage).toBe('withdrawn');
    expect(events).toEqual([expect.objectContaining({ type: 'FamilyWithdrew', fromStage: 'home_visit_held' })]);
    expect(refusalCode(state, certificateFor('a1'))).toBe('family.has_left');
    expect(refusalCode(state, withdraw)).toBe('family.has_left');
  });

  it('keeps coordinator notes with a sentiment, neutral unless said', () => {
    const note: FamilyCommand = { type: 'AddCoordinatorNote', actor: coordinator, noteId: 'n1', text: 'Lots of energy' };
    const { state } = given([[note, day(4)]], visited);
    expect(state.coordinatorNotes).toEqual([
      { noteId: 'n1', text: 'Lots of energy', sentiment: 'neutral', writtenAt: day(4), writtenBy: 'coordinator-1' },
    ]);
    expect(refusalCode(state, note)).toBe('family.duplicate_note');
    expect(refusalCode(state, { ...note, noteId: 'n2', text: ' ' })).toBe('family.note_empty');
    expect(refusalCode(state, { ...note, actor: volunteer })).toBe('family.not_permitted');
  });

  it('refuses to retire a family that was never approved', () => {
    expect(refusalCode(visited, { type: 'Retire', actor: volunteer })).toBe('family.not_yet_approved');
  });
});
