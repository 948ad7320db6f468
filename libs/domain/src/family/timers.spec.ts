import { FamilyCommand } from './family-commands';
import { FamilyState } from './family-state';
import { evolve } from './evolve';
import { familyEventsDueByTime, nextFamilyWakeUp } from './timers';
import { approvedFamily, day, given, journeySystem, volunteer } from './family.fixture';

const apply: FamilyCommand = {
  type: 'ApplyAsFamily',
  actor: volunteer,
  contact: { displayName: 'Familien Hansen', email: 'hansen@example.dk', phone: null },
};

function advance(state: FamilyState, at: string): { state: FamilyState; types: string[] } {
  const events = familyEventsDueByTime(state, at);
  return { state: events.reduce(evolve, state), types: events.map((event) => event.type) };
}

describe('time on the family path', () => {
  it('reminds the coordinator once when an application waits 14 days for a home visit', () => {
    const applied = given([[apply, day(0)]]).state;
    expect(nextFamilyWakeUp(applied)).toBe(day(14));
    expect(advance(applied, day(13)).types).toEqual([]);
    const reminded = advance(applied, day(14));
    expect(reminded.types).toEqual(['ApplicationFollowUpReminded']);
    expect(familyEventsDueByTime(applied, day(14))[0]).toMatchObject({ dueAt: day(14), at: day(14), actor: { role: 'system' } });
    expect(advance(reminded.state, day(30)).types).toEqual([]);
    expect(nextFamilyWakeUp(reminded.state)).toBeNull();
  });

  it('flags an approved family that has waited 60 days, once per waiting period', () => {
    const approved = approvedFamily(); // approved on day 10
    expect(nextFamilyWakeUp(approved)).toBe(day(70));
    expect(advance(approved, day(69)).types).toEqual([]);
    const flagged = advance(approved, day(70));
    expect(flagged.types).toEqual(['LongWaitFlagged']);
    expect(advance(flagged.state, day(200)).types).toEqual([]);
    expect(nextFamilyWakeUp(flagged.state)).toBeNull();

    // A match that ends starts a new waiting period, which can be flagged again.
    const rematched = given(
      [
        [{ type: 'ReserveForJourney', actor: journeySystem, journeyId: 'j1' }, day(80)],
        [{ type: 'ConfirmMatch', actor: journeySystem, journeyId: 'j1' }, day(90)],
        [{ type: 'EndMatch', actor: journeySystem, journeyId: 'j1', reason: 'Moved', afterwards: 'available' }, day(100)],
      ],
      flagged.state,
    ).state;
    expect(nextFamilyWakeUp(rematched)).toBe(day(160));
    expect(advance(rematched, day(160)).types).toEqual(['LongWaitFlagged']);
  });

  it('does not count a declined proposal against the family, nor flag it while its place is held', () => {
    const approved = approvedFamily();
    const reserved = given([[{ type: 'ReserveForJourney', actor: journeySystem, journeyId: 'j1' }, day(50)]], approved).state;
    expect(nextFamilyWakeUp(reserved)).toBeNull();
    expect(advance(reserved, day(80)).types).toEqual([]);
    const declined = given(
      [[{ type: 'ReleaseReservation', actor: journeySystem, journeyId: 'j1', reason: 'The child said no' }, day(85)]],
      reserved,
    ).state;
    expect(nextFamilyWakeUp(declined)).toBe(day(70));
    expect(advance(declined, day(85)).types).toEqual(['LongWaitFlagged']);
  });

  it('does not count paused time as waiting', () => {
    const paused = given([[{ type: 'Pause', actor: volunteer }, day(20)]], approvedFamily()).state;
    expect(nextFamilyWakeUp(paused)).toBeNull();
    const resumed = given([[{ type: 'Resume', actor: volunteer }, day(50)]], paused).state;
    expect(nextFamilyWakeUp(resumed)).toBe(day(110));
  });
});
