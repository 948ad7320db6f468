import { FamilyCommand } from './family-commands';
import { FamilyState } from './family-state';
import { decide } from './decide';
import { approvedFamily, coordinator, day, given, homeVisit, journeySystem, volunteer } from './family.fixture';
import { freeCapacity, isFamilyFinished, waitingSince } from './family-queries';

const reserve = (journeyId: string): FamilyCommand => ({ type: 'ReserveForJourney', actor: journeySystem, journeyId });
const release = (journeyId: string): FamilyCommand => ({
  type: 'ReleaseReservation',
  actor: journeySystem,
  journeyId,
  reason: 'The parents declined.',
});
const confirm = (journeyId: string): FamilyCommand => ({ type: 'ConfirmMatch', actor: journeySystem, journeyId });
const end = (journeyId: string, afterwards: 'available' | 'paused' = 'available'): FamilyCommand => ({
  type: 'EndMatch',
  actor: journeySystem,
  journeyId,
  reason: 'The year is over and a future agreement is made.',
  afterwards,
});

function refusalCode(state: FamilyState, command: FamilyCommand): string | undefined {
  const decision = decide(state, command, day(30));
  return decision.accepted ? undefined : decision.refusal.code;
}

describe('capacity: reservations and matches together never exceed what the family offers', () => {
  const single = approvedFamily();
  const double = approvedFamily(homeVisit({ capacity: 2 }));

  it('refuses a second reservation for a family with one place', () => {
    const reserved = given([[reserve('journey-1'), day(20)]], single).state;
    expect(freeCapacity(reserved)).toBe(0);
    expect(refusalCode(reserved, reserve('journey-2'))).toBe('family.no_free_capacity');
  });

  it('never reserves a family twice for the same child', () => {
    const reserved = given([[reserve('journey-1'), day(20)]], double).state;
    expect(refusalCode(reserved, reserve('journey-1'))).toBe('family.already_linked_to_journey');
    const matched = given([[confirm('journey-1'), day(25)]], reserved).state;
    expect(refusalCode(matched, reserve('journey-1'))).toBe('family.already_linked_to_journey');
  });

  it('frees the place when a proposal is declined', () => {
    const { state } = given([[reserve('journey-1'), day(20)], [release('journey-1'), day(22)]], single);
    expect(freeCapacity(state)).toBe(1);
    expect(state.endedLinks).toEqual([
      { journeyId: 'journey-1', since: day(20), endedAt: day(22), kind: 'reservation_released', reason: 'The parents declined.' },
    ]);
    expect(refusalCode(state, release('journey-1'))).toBe('family.no_reservation_for_journey');
  });

  it('turns a reservation into a match, and a family with room left can take another child', () => {
    const { state } = given([[reserve('journey-1'), day(20)], [confirm('journey-1'), day(25)]], double);
    expect(state.stage).toBe('matched');
    expect(freeCapacity(state)).toBe(1);
    expect(refusalCode(state, confirm('journey-1'))).toBe('family.match_already_confirmed');
    expect(refusalCode(state, confirm('journey-9'))).toBe('family.no_reservation_for_journey');
    const full = given([[reserve('journey-2'), day(26)], [confirm('journey-2'), day(30)]], state).state;
    expect(freeCapacity(full)).toBe(0);
    expect(refusalCode(full, reserve('journey-3'))).toBe('family.no_free_capacity');
  });

  it('makes the family available again when its last match ends, or pauses it if it asks', () => {
    const matched = given([[reserve('journey-1'), day(20)], [confirm('journey-1'), day(25)]], single).state;
    expect(refusalCode(matched, end('journey-2'))).toBe('family.no_active_match_for_journey');
    const available = given([[end('journey-1'), day(400)]], matched).state;
    expect(available.stage).toBe('approved');
    expect(waitingSince(available)).toBe(day(400));
    const { state: resting, events } = given([[end('journey-1', 'paused'), day(400)]], matched);
    expect(events.map((event) => event.type)).toEqual(['MatchEnded', 'FamilyPaused']);
    expect(resting.stage).toBe('paused');
    expect(waitingSince(resting)).toBeNull();
  });

  it('only offers approved families with room: not paused ones, not ones still in recruitment', () => {
    const paused = given([[{ type: 'Pause', actor: volunteer }, day(20)]], single).state;
    expect(refusalCode(paused, reserve('journey-1'))).toBe('family.not_available');
    const contact = { displayName: 'F', email: 'f@x.dk', phone: null };
    const applied = given([[{ type: 'ApplyAsFamily', actor: volunteer, contact }, day(0)]]).state;
    expect(refusalCode(applied, reserve('journey-1'))).toBe('family.not_available');
  });

  it('gives back held places when the family pauses, and lets visiting children keep coming', () => {
    const linked = given(
      [[reserve('journey-1'), day(20)], [confirm('journey-1'), day(25)], [reserve('journey-2'), day(26)]],
      double,
    ).state;
    const { state, events } = given([[{ type: 'Pause', actor: volunteer, note: 'Busy spring' }, day(27)]], linked);
    expect(events.map((event) => event.type)).toEqual(['ReservationReleased', 'FamilyPaused']);
    expect(state.activeMatches.map((link) => link.journeyId)).toEqual(['journey-1']);
    const resumed = given([[{ type: 'Resume', actor: volunteer }, day(40)]], state).state;
    expect(resumed.stage).toBe('matched');
    expect(refusalCode(resumed, { type: 'Resume', actor: volunteer })).toBe('family.not_paused');
    expect(refusalCode(state, { type: 'Pause', actor: volunteer })).toBe('family.already_paused');
  });

  it('resumes a paused family into availability when its match ends and it is ready again', () => {
    const matched = given([[reserve('journey-1'), day(20)], [confirm('journey-1'), day(25)]], single).state;
    const paused = given([[{ type: 'Pause', actor: coordinator }, day(30)]], matched).state;
    const { state, events } = given([[end('journey-1', 'available'), day(100)]], paused);
    expect(events.map((event) => event.type)).toEqual(['MatchEnded', 'FamilyResumed']);
    expect(state.stage).toBe('approved');
  });

  it('is finished only when it has left and no child is linked any more', () => {
    const matched = given([[reserve('journey-1'), day(20)], [confirm('journey-1'), day(25)]], single).state;
    const { state: retired } = given([[{ type: 'Retire', actor: volunteer }, day(200)]], matched);
    expect(retired.stage).toBe('retired');
    expect(isFamilyFinished(retired)).toBe(false);
    expect(refusalCode(retired, reserve('journey-2'))).toBe('family.has_left');
    const done = given([[end('journey-1'), day(400)]], retired).state;
    expect(done.stage).toBe('retired');
    expect(isFamilyFinished(done)).toBe(true);
  });

  it('releases proposals when a family withdraws, so the waiting children can be offered another family', () => {
    const reserved = given([[reserve('journey-1'), day(20)]], single).state;
    const { state, events } = given([[{ type: 'Withdraw', actor: volunteer, reason: 'Moving to Aarhus' }, day(21)]], reserved);
    expect(events).toEqual([
      expect.objectContaining({ type: 'ReservationReleased', journeyId: 'journey-1', reason: 'The family withdrew.' }),
      expect.objectContaining({ type: 'FamilyWithdrew', fromStage: 'approved' }),
    ]);
    expect(isFamilyFinished(state)).toBe(true);
  });

  it('lets only a coordinator or the journey workflow link a family to a child', () => {
    expect(refusalCode(single, { ...reserve('journey-1'), actor: volunteer })).toBe('family.not_permitted');
    expect(refusalCode(single, { ...reserve('journey-1'), actor: coordinator })).toBeUndefined();
  });
});
