import { decide, evolve } from '../../../domain/src/family';
import type { FamilyCommand, FamilyState } from '../../../domain/src/family';
import { approvedFamily, coordinator, day, given, homeVisit, journeySystem, volunteer } from '../../../domain/src/family/family.fixture';
import { journeyNotices } from './journey-notices';

/** The notices one command's events give, folded the way the workflow folds them: [journey, reason]. */
function noticesOf(state: FamilyState, command: FamilyCommand): Array<[string, string]> {
  const decision = decide(state, command, day(20));
  if (!decision.accepted) throw new Error(`${command.type} refused: ${decision.refusal.code}`);
  let current = state;
  return decision.events.flatMap((event) => {
    const notices = journeyNotices(current, event);
    current = evolve(current, event);
    return notices.map((notice): [string, string] => [notice.journeyId, notice.command.reason]);
  });
}

/** Capacity 3: journey j-matched visits, j-proposed waits on its proposal. */
function linkedFamily(): FamilyState {
  const reserve = (journeyId: string): [FamilyCommand, string] => [{ type: 'ReserveForJourney', actor: journeySystem, journeyId }, day(12)];
  return given(
    [reserve('j-matched'), [{ type: 'ConfirmMatch', actor: journeySystem, journeyId: 'j-matched' }, day(13)], reserve('j-proposed')],
    approvedFamily(homeVisit({ capacity: 3 })),
  ).state;
}

describe('journeyNotices', () => {
  it('tells every linked journey when the family withdraws: the proposals it released and the matches it leaves', () => {
    expect(noticesOf(linkedFamily(), { type: 'Withdraw', actor: volunteer, reason: 'We are moving abroad.' })).toEqual([
      ['j-proposed', 'The family withdrew.'],
      ['j-matched', 'We are moving abroad.'],
    ]);
  });

  it('tells the waiting journey when a pause releases its place, but not the visiting one (its course goes on)', () => {
    expect(noticesOf(linkedFamily(), { type: 'Pause', actor: volunteer })).toEqual([['j-proposed', 'The family paused.']]);
    expect(noticesOf(linkedFamily(), { type: 'Retire', actor: volunteer })).toEqual([['j-proposed', 'The family retired.']]);
  });

  it('tells the journey of a match the coordinator ended from the family’s side, and the proposal the family’s pause then releases', () => {
    const ended: FamilyCommand = { type: 'EndMatch', actor: coordinator, journeyId: 'j-matched', reason: 'The family is overwhelmed.', afterwards: 'paused' };
    expect(noticesOf(linkedFamily(), ended)).toEqual([
      ['j-matched', 'The family is overwhelmed.'],
      ['j-proposed', 'The family paused.'],
    ]);
  });

  it('sends the FamilyWithdrew system command as the family’s workflow', () => {
    const state = linkedFamily();
    const {
      events: [released],
    } = given([[{ type: 'ReleaseReservation', actor: coordinator, journeyId: 'j-proposed', reason: 'Not a good fit.' }, day(20)]], state);
    expect(journeyNotices(state, released)).toEqual([
      {
        journeyId: 'j-proposed',
        command: { type: 'FamilyWithdrew', actor: { userId: 'family-family-1', role: 'system' }, familyId: 'family-1', reason: 'Not a good fit.' },
      },
    ]);
  });

  it('answers nothing to what a journey asked for itself', () => {
    const state = linkedFamily();
    expect(noticesOf(state, { type: 'ReleaseReservation', actor: journeySystem, journeyId: 'j-proposed', reason: 'Declined.' })).toEqual([]);
    expect(noticesOf(state, { type: 'EndMatch', actor: journeySystem, journeyId: 'j-matched', reason: 'Closed.', afterwards: 'available' })).toEqual([]);
  });
});
