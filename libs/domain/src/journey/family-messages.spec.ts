import { evolve } from './evolve';
import { familyMessagesFor, FamilyMessage, journeySystemActor, releaseUnusedPlace } from './family-messages';
import {
  active,
  closed,
  closing,
  continuing,
  coordinator,
  day,
  FAMILY_ID,
  JourneyHarness,
  matched,
  meetingScheduled,
  parent,
  proposed,
  screened,
  system,
  withdrawn,
} from './journey.fixture';
import { initialJourneyState } from './state';

/** Every message of the harness's history with the event that caused it, folded the way the workflow folds it. */
function foldMessages(h: JourneyHarness): Array<{ event: string; message: FamilyMessage }> {
  let state = initialJourneyState(h.state.journeyId, h.state.policy);
  return h.events.flatMap((event) => {
    const after = evolve(state, event);
    const messages = familyMessagesFor(state, event, after);
    state = after;
    return messages.map((message) => ({ event: event.type, message }));
  });
}

/** [event, command, family] of each message. */
const messagesOf = (h: JourneyHarness) => foldMessages(h).map(({ event, message }) => [event, message.command.type, message.familyId]);

const commandsOf = (h: JourneyHarness) => messagesOf(h).map(([event, command]) => [event, command]);

describe('familyMessagesFor', () => {
  it('asks nothing of the family for the proposal itself (ProposeMatch reserves before its event) and confirms the match once both sides accept', () => {
    expect(messagesOf(proposed())).toEqual([]);
    expect(foldMessages(matched())).toEqual([
      { event: 'MatchMade', message: { familyId: FAMILY_ID, command: { type: 'ConfirmMatch', actor: journeySystemActor('j-1'), journeyId: 'j-1' } } },
    ]);
  });

  it('releases the place when either side declines, with the reason in the family’s history', () => {
    const h = proposed();
    h.do({ type: 'DeclineMatch', actor: parent, side: 'child', reason: 'Too far to travel.' }, day(7));
    expect(foldMessages(h).map(({ message }) => message)).toEqual([
      {
        familyId: FAMILY_ID,
        command: { type: 'ReleaseReservation', actor: { userId: 'journey-j-1', role: 'system' }, journeyId: 'j-1', reason: "The child's side declined: Too far to travel." },
      },
    ]);
  });

  it('releases the place of a proposal the family withdrew from, or that closed with the journey', () => {
    const left = proposed();
    left.do({ type: 'FamilyWithdrew', actor: system, familyId: FAMILY_ID, reason: 'Moving abroad.' }, day(7));
    expect(commandsOf(left)).toEqual([['FamilyWithdrew', 'ReleaseReservation']]);

    const closedEarly = proposed();
    closedEarly.do({ type: 'RequestClosure', actor: coordinator, reason: 'parents_stopped' }, day(7));
    expect(commandsOf(closedEarly)).toEqual([['JourneyClosed', 'ReleaseReservation']]);
  });

  it('ends a confirmed match that falls away before the course starts, with the family available again', () => {
    const failed = meetingScheduled();
    failed.do({ type: 'RecordFriendshipMeetingFailed', actor: coordinator, reason: 'The child did not feel safe.' }, day(10));
    expect(commandsOf(failed)).toEqual([
      ['MatchMade', 'ConfirmMatch'],
      ['FriendshipMeetingFailed', 'EndMatch'],
    ]);
    expect(foldMessages(failed)[1].message.command).toMatchObject({ type: 'EndMatch', afterwards: 'available', reason: 'The friendship meeting did not work out: The child did not feel safe.' });

    const left = matched();
    left.do({ type: 'FamilyWithdrew', actor: system, familyId: FAMILY_ID, reason: 'Moving abroad.' }, day(8));
    expect(commandsOf(left)).toEqual([
      ['MatchMade', 'ConfirmMatch'],
      ['FamilyWithdrew', 'EndMatch'],
    ]);
  });

  it('keeps the match through the closing goodbye and ends it when the course is over', () => {
    expect(commandsOf(closing())).toEqual([['MatchMade', 'ConfirmMatch']]);
    expect(commandsOf(closed())).toEqual([
      ['MatchMade', 'ConfirmMatch'],
      ['JourneyClosed', 'EndMatch'],
    ]);
    expect(commandsOf(continuing())).toEqual([
      ['MatchMade', 'ConfirmMatch'],
      ['FutureAgreementRecorded', 'EndMatch'],
    ]);
    expect(commandsOf(withdrawn())).toEqual([
      ['MatchMade', 'ConfirmMatch'],
      ['ConsentWithdrawn', 'EndMatch'],
    ]);
  });

  it('ends the first match at a rematch and confirms the next family’s', () => {
    const h = closing(active());
    h.do({ type: 'OfferRematch', actor: coordinator }, day(41));
    h.do({ type: 'AcceptRematch', actor: parent }, day(42));
    h.do({ type: 'ProposeMatch', actor: coordinator, familyId: 'family-2' }, day(43));
    h.do({ type: 'AcceptMatch', actor: parent, side: 'child' }, day(44));
    h.do({ type: 'AcceptMatch', actor: coordinator, side: 'family' }, day(44));
    expect(messagesOf(h)).toEqual([
      ['MatchMade', 'ConfirmMatch', FAMILY_ID],
      ['RematchAccepted', 'EndMatch', FAMILY_ID],
      ['MatchMade', 'ConfirmMatch', 'family-2'],
    ]);
  });

  it('asks nothing of a family while the child has none', () => {
    const h = screened();
    h.do({ type: 'RequestClosure', actor: coordinator, reason: 'parents_stopped' }, day(6));
    expect(messagesOf(h)).toEqual([]);
  });
});

describe('releaseUnusedPlace', () => {
  it('gives back a place reserved for a proposal the journey refused', () => {
    expect(releaseUnusedPlace('j-1', FAMILY_ID)).toEqual({
      familyId: FAMILY_ID,
      command: {
        type: 'ReleaseReservation',
        actor: { userId: 'journey-j-1', role: 'system' },
        journeyId: 'j-1',
        reason: 'The proposal was not made: the journey changed while the family answered.',
      },
    });
  });
});
