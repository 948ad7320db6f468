import { isOneOf } from '../shared/one-of';
import { accept, Decision, refuse } from '../shared/refusal';
import { danishCalendarDate, Instant, WEEKDAYS } from '../shared/time';
import {
  AcceptMatch,
  DeclineMatch,
  FamilyWithdrewSignal,
  ProposeMatch,
  RecordFriendshipMeetingFailed,
  RecordFriendshipMeetingHeld,
  ScheduleFriendshipMeeting,
} from './commands';
import { isFilledIn, isInstant, optionalNote, textOrEmpty } from './decide-support';
import { JourneyEvent } from './events';
import { JourneyState, MatchProposal } from './state';
import { MATCH_SIDES, MatchSide } from './vocabulary';

export function decideProposeMatch(_state: JourneyState, command: ProposeMatch, now: Instant): Decision<JourneyEvent> {
  if (!isFilledIn(command.familyId)) return refuse('family_missing', 'Say which approved family is proposed.');
  return accept({
    type: 'MatchProposed',
    at: now,
    actor: command.actor,
    familyId: command.familyId,
    ...optionalNote(command.note),
  });
}

/** Parents answer for the child's side and a family only for its own side; the coordinator may record either. */
function sideRefusal(command: AcceptMatch | DeclineMatch): Decision<JourneyEvent> | null {
  if (!isOneOf(MATCH_SIDES, command.side)) return refuse('side_invalid', 'Say whether the child’s side or the family answered.');
  const ownSide: Partial<Record<string, MatchSide>> = { parent: 'child', volunteer_family: 'family' };
  const own = ownSide[command.actor.role];
  if (own && own !== command.side) return refuse('not_your_side', 'Each side answers the match proposal for itself.');
  return null;
}

export function decideAcceptMatch(state: JourneyState, command: AcceptMatch, now: Instant): Decision<JourneyEvent> {
  const wrongSide = sideRefusal(command);
  if (wrongSide) return wrongSide;
  const proposal = state.proposal as MatchProposal;
  if (proposal.acceptedBy.includes(command.side)) return refuse('already_accepted', 'This side has already accepted the match.');
  const accepted: JourneyEvent = { type: 'MatchAccepted', at: now, actor: command.actor, familyId: proposal.familyId, side: command.side };
  const bothSidesAgree = proposal.acceptedBy.length === 1;
  return bothSidesAgree
    ? accept<JourneyEvent>(accepted, { type: 'MatchMade', at: now, actor: command.actor, familyId: proposal.familyId, matchNumber: state.rematchCount })
    : accept(accepted);
}

export function decideDeclineMatch(state: JourneyState, command: DeclineMatch, now: Instant): Decision<JourneyEvent> {
  const wrongSide = sideRefusal(command);
  if (wrongSide) return wrongSide;
  if (!isFilledIn(command.reason)) return refuse('reason_missing', 'Give the reason the match was declined.');
  const proposal = state.proposal as MatchProposal;
  return accept({ type: 'MatchDeclined', at: now, actor: command.actor, familyId: proposal.familyId, side: command.side, reason: command.reason });
}

export function decideScheduleMeeting(state: JourneyState, command: ScheduleFriendshipMeeting, now: Instant): Decision<JourneyEvent> {
  if (!isInstant(command.scheduledFor)) return refuse('time_invalid', 'Give the date and time of the friendship meeting.');
  const familyId = state.match?.familyId as string;
  return accept({ type: 'FriendshipMeetingScheduled', at: now, actor: command.actor, familyId, scheduledFor: command.scheduledFor });
}

export function decideMeetingHeld(state: JourneyState, command: RecordFriendshipMeetingHeld, now: Instant): Decision<JourneyEvent> {
  const agreement = command.agreement;
  if (!agreement || !WEEKDAYS.includes(agreement.weekday) || !isFilledIn(agreement.pickUp) || !isFilledIn(agreement.return)) {
    return refuse('agreement_incomplete', 'The friendship meeting must end with a weekday and agreements on pick-up and return.');
  }
  const scheduledFor = state.match?.meetingScheduledFor;
  if (scheduledFor && danishCalendarDate(now) < danishCalendarDate(scheduledFor)) {
    return refuse('meeting_day_not_reached', 'The friendship meeting is arranged for a later day; record it from that day.');
  }
  const familyId = state.match?.familyId as string;
  return accept({
    type: 'FriendshipMeetingHeld',
    at: now,
    actor: command.actor,
    familyId,
    agreement: { weekday: agreement.weekday, pickUp: agreement.pickUp, return: agreement.return },
    ...optionalNote(command.note),
  });
}

export function decideMeetingFailed(state: JourneyState, command: RecordFriendshipMeetingFailed, now: Instant): Decision<JourneyEvent> {
  if (!isFilledIn(command.reason)) return refuse('reason_missing', 'Give the reason the friendship meeting did not work out.');
  const familyId = state.match?.familyId as string;
  return accept({ type: 'FriendshipMeetingFailed', at: now, actor: command.actor, familyId, reason: command.reason });
}

/**
 * The family left the programme. It cannot be refused (except when finished or malformed): the journey adapts. A proposal or a match
 * without a friendship meeting falls away (back to matching); a running course moves to closing
 * as ended by the family, which allows a rematch. A family the journey does not involve changes nothing.
 */
export function decideFamilyWithdrew(state: JourneyState, command: FamilyWithdrewSignal, now: Instant): Decision<JourneyEvent> {
  if (!isFilledIn(command.familyId)) return refuse('family_missing', 'Say which family withdrew.');
  const match = state.match?.familyId === command.familyId ? state.match : null;
  if (!match && state.proposal?.familyId !== command.familyId) return accept();
  const withdrew: JourneyEvent = {
    type: 'FamilyWithdrew',
    at: now,
    actor: command.actor,
    familyId: command.familyId,
    reason: textOrEmpty(command.reason),
  };
  const courseRunning = Boolean(match?.meeting) && state.stage !== 'closing';
  return courseRunning
    ? accept<JourneyEvent>(withdrew, { type: 'ClosureRequested', at: now, actor: command.actor, reason: 'family_ended_course', note: withdrew.reason })
    : accept(withdrew);
}
