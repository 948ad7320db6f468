import { decide } from './decide';
import { evolve } from './evolve';
import { approvedFamily, coordinator, day, given, homeVisit, journeySystem, volunteer } from './family.fixture';
import { FamilyCommand } from './family-commands';
import { FamilyState } from './family-state';
import { journeyMessagesFor } from './journey-messages';

/** The messages one command's events give, folded the way the workflow folds them: [journey, reason]. */
function messagesOf(state: FamilyState, command: FamilyCommand): Array<[string, string]> {
  const decision = decide(state, command, day(20));
  if (!decision.accepted) throw new Error(`${command.type} refused: ${decision.refusal.code}`);
  let current = state;
  return decision.events.flatMap((event) => {
    const messages = journeyMessagesFor(current, event);
    current = evolve(current, event);
    return messages.map((message): [string, string] => [message.journeyId, message.command.reason]);
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

describe('journeyMessagesFor', () => {
  it('tells every linked journey when the family withdraws: the proposals it released and the matches it leaves', () => {
    expect(messagesOf(linkedFamily(), { type: 'Withdraw', actor: volunteer, reason: 'We are moving abroad.' })).toEqual([
      ['j-proposed', 'The family withdrew.'],
      ['j-matched', 'We are moving abroad.'],
    ]);
  });

  it('tells the waiting journey when a pause releases its place, but not the visiting one (its course goes on)', () => {
    expect(messagesOf(linkedFamily(), { type: 'Pause', actor: volunteer })).toEqual([['j-proposed', 'The family paused.']]);
    expect(messagesOf(linkedFamily(), { type: 'Retire', actor: volunteer })).toEqual([['j-proposed', 'The family retired.']]);
  });

  it('tells the journey of a match the coordinator ended from the family’s side, and the proposal the family’s pause then releases', () => {
    const ended: FamilyCommand = { type: 'EndMatch', actor: coordinator, journeyId: 'j-matched', reason: 'The family is overwhelmed.', afterwards: 'paused' };
    expect(messagesOf(linkedFamily(), ended)).toEqual([
      ['j-matched', 'The family is overwhelmed.'],
      ['j-proposed', 'The family paused.'],
    ]);
  });

  it('sends the FamilyWithdrew system command as the family’s workflow', () => {
    const state = linkedFamily();
    const {
      events: [released],
    } = given([[{ type: 'ReleaseReservation', actor: coordinator, journeyId: 'j-proposed', reason: 'Not a good fit.' }, day(20)]], state);
    expect(journeyMessagesFor(state, released)).toEqual([
      {
        journeyId: 'j-proposed',
        command: { type: 'FamilyWithdrew', actor: { userId: 'family-family-1', role: 'system' }, familyId: 'family-1', reason: 'Not a good fit.' },
      },
    ]);
  });

  it('answers nothing to what a journey asked for itself', () => {
    const state = linkedFamily();
    expect(messagesOf(state, { type: 'ReleaseReservation', actor: journeySystem, journeyId: 'j-proposed', reason: 'Declined.' })).toEqual([]);
    expect(messagesOf(state, { type: 'EndMatch', actor: journeySystem, journeyId: 'j-matched', reason: 'Closed.', afterwards: 'available' })).toEqual([]);
  });
});
