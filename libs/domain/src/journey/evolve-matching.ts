import { Instant } from '../shared/time';
import {
  FamilyWithdrew,
  FriendshipMeetingFailed,
  FriendshipMeetingHeld,
  FriendshipMeetingScheduled,
  MatchAccepted,
  MatchDeclined,
  MatchMade,
  MatchProposed,
} from './events';
import { enterStage } from './evolve-support';
import { JourneyState, Match } from './state';
import { closeTasks, ofKinds } from './tasks';

export type MatchingEvent =
  | MatchProposed
  | MatchAccepted
  | MatchDeclined
  | MatchMade
  | FriendshipMeetingScheduled
  | FriendshipMeetingHeld
  | FriendshipMeetingFailed
  | FamilyWithdrew;

/** The proposal, the match and the friendship meeting, and a family leaving before the course runs. */
export function evolveMatching(state: JourneyState, event: MatchingEvent): JourneyState {
  const at = event.at;
  switch (event.type) {
    case 'MatchProposed':
      return { ...state, proposal: { familyId: event.familyId, proposedAt: at, acceptedBy: [] } };
    case 'MatchAccepted':
      return state.proposal
        ? { ...state, proposal: { ...state.proposal, acceptedBy: [...state.proposal.acceptedBy, event.side] } }
        : state;
    case 'MatchDeclined':
      return { ...state, proposal: null };
    case 'MatchMade':
      return {
        ...state,
        proposal: null,
        match: { familyId: event.familyId, matchNumber: event.matchNumber, matchedAt: at },
        tasks: closeTasks(state.tasks, ofKinds(['matching_reminder', 'matching_escalation']), at, 'fulfilled'),
      };
    case 'FriendshipMeetingScheduled':
      return enterStage(
        { ...state, match: state.match && { ...state.match, meetingScheduledFor: event.scheduledFor } },
        'friendship_meeting_scheduled',
        at,
      );
    case 'FriendshipMeetingHeld':
      return enterStage(
        { ...state, match: state.match && { ...state.match, meeting: { heldAt: at, agreement: event.agreement } } },
        'active',
        at,
      );
    case 'FriendshipMeetingFailed':
      return enterStage(
        { ...state, match: null, previousMatches: state.match ? [...state.previousMatches, state.match] : state.previousMatches },
        'matching',
        at,
      );
    case 'FamilyWithdrew':
      return familyWithdrew(state, event.familyId, at);
  }
}

/** Without a friendship meeting the family's leaving just reopens matching; a running course closes through ClosureRequested. */
function familyWithdrew(state: JourneyState, familyId: string, at: Instant): JourneyState {
  if (state.proposal?.familyId === familyId) return { ...state, proposal: null };
  const match: Match | null = state.match;
  if (match?.familyId !== familyId || match.meeting) return state;
  return enterStage({ ...state, match: null, previousMatches: [...state.previousMatches, match] }, 'matching', at);
}
