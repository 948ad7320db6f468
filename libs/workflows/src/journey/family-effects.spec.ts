import { evolve, initialJourneyState } from '../../../domain/src/journey';
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
} from '../../../domain/src/journey/journey.fixture';
import type { FamilyEffect } from '../../../activities/src/links/link-messages';
import { familyEffects, releaseUnusedPlace } from './family-effects';

/** Every effect of the harness's history with the event that caused it, folded the way the workflow folds it. */
function foldEffects(h: JourneyHarness): Array<{ event: string; effect: FamilyEffect }> {
  let state = initialJourneyState(h.state.journeyId, h.state.policy);
  return h.events.flatMap((event, position) => {
    const after = evolve(state, event);
    const effects = familyEffects(state, event, after, position);
    state = after;
    return effects.map((effect) => ({ event: event.type, effect }));
  });
}

/** [event, command, family, update id] of each effect. */
const effectsOf = (h: JourneyHarness) => foldEffects(h).map(({ event, effect }) => [event, effect.command.type, effect.familyId, effect.updateId]);

const commandsOf = (h: JourneyHarness) => effectsOf(h).map(([event, command]) => [event, command]);

describe('familyEffects', () => {
  it('asks nothing of the family for the proposal itself (ProposeMatch reserves before its event) and confirms the match once both sides accept', () => {
    expect(effectsOf(proposed())).toEqual([]);
    const h = matched();
    const position = h.events.findIndex((event) => event.type === 'MatchMade');
    expect(effectsOf(h)).toEqual([['MatchMade', 'ConfirmMatch', FAMILY_ID, `j-1:${position}:ConfirmMatch`]]);
  });

  it('releases the place when either side declines, with the reason in the family’s history', () => {
    const h = proposed();
    h.do({ type: 'DeclineMatch', actor: parent, side: 'child', reason: 'Too far to travel.' }, day(7));
    expect(foldEffects(h).map(({ effect }) => effect)).toEqual([
      {
        familyId: FAMILY_ID,
        updateId: `j-1:${h.events.length - 1}:ReleaseReservation`,
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
    expect(foldEffects(failed)[1].effect.command).toMatchObject({ type: 'EndMatch', afterwards: 'available', reason: 'The friendship meeting did not work out: The child did not feel safe.' });

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

  it('ends the first match at a rematch and confirms the next family’s, each under its own update id', () => {
    const h = closing(active());
    h.do({ type: 'OfferRematch', actor: coordinator }, day(41));
    h.do({ type: 'AcceptRematch', actor: parent }, day(42));
    h.do({ type: 'ProposeMatch', actor: coordinator, familyId: 'family-2' }, day(43));
    h.do({ type: 'AcceptMatch', actor: parent, side: 'child' }, day(44));
    h.do({ type: 'AcceptMatch', actor: coordinator, side: 'family' }, day(44));
    const effects = effectsOf(h);
    expect(effects.map(([event, command, familyId]) => [event, command, familyId])).toEqual([
      ['MatchMade', 'ConfirmMatch', FAMILY_ID],
      ['RematchAccepted', 'EndMatch', FAMILY_ID],
      ['MatchMade', 'ConfirmMatch', 'family-2'],
    ]);
    expect(new Set(effects.map(([, , , updateId]) => updateId)).size).toBe(3);
  });

  it('asks nothing of a family while the child has none', () => {
    const h = screened();
    h.do({ type: 'RequestClosure', actor: coordinator, reason: 'parents_stopped' }, day(6));
    expect(effectsOf(h)).toEqual([]);
  });
});

describe('releaseUnusedPlace', () => {
  it('gives back a place reserved for a proposal the journey refused, under an id derived from the reservation’s', () => {
    expect(releaseUnusedPlace('j-1', { familyId: FAMILY_ID, updateId: 'reserve:j-1:abc' })).toEqual({
      familyId: FAMILY_ID,
      updateId: 'reserve:j-1:abc:release',
      command: {
        type: 'ReleaseReservation',
        actor: { userId: 'journey-j-1', role: 'system' },
        journeyId: 'j-1',
        reason: 'The proposal was not made: the journey changed while the family answered.',
      },
    });
  });
});
