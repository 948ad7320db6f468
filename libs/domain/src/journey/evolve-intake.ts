import { Instant } from '../shared/time';
import { JourneyEvent } from './events';
import { enterStage, notAConcern } from './evolve-support';
import { JourneyState, Match } from './state';
import { closeTasks, ofKinds, withId } from './tasks';
import { evolveCourse } from './evolve-course';

/** Events before and around matching: referral, consent, screening, the match and the friendship meeting. */
export function evolveIntake(state: JourneyState, event: JourneyEvent): JourneyState {
  const at = event.at;
  switch (event.type) {
    case 'ChildReferred': {
      return enterStage({ ...state, referral: { ...event.child, referredAt: at, referredBy: event.actor } }, 'awaiting_consent', at);
    }
    case 'ConsentGiven':
      return enterStage(
        {
          ...state,
          consent: { status: 'given', custodyHolders: event.custodyHolders, givenAt: at },
          tasks: closeTasks(state.tasks, withId('consent_reminder:1'), at, 'fulfilled'),
        },
        'screening',
        at,
      );
    case 'ConsentRefused':
      return enterStage(
        {
          ...state,
          consent: { ...state.consent, status: 'refused', declinedBy: event.refusedBy, declinedAt: at },
          tasks: closeTasks(state.tasks, notAConcern, at, 'no_longer_needed'),
        },
        'withdrawn',
        at,
      );
    case 'ConsentWithdrawn': {
      // Sharing stops: every task but a concern's assessment (the duty to notify remains) is dropped.
      const withdrawn: JourneyState = {
        ...state,
        consent: { ...state.consent, status: 'withdrawn', declinedBy: event.withdrawnBy, declinedAt: at },
        tasks: closeTasks(state.tasks, notAConcern, at, 'no_longer_needed'),
        postEndMeasurement:
          state.postEndMeasurement?.status === 'pending'
            ? { ...state.postEndMeasurement, status: 'cancelled', settledAt: at }
            : state.postEndMeasurement,
      };
      return state.stage === 'closed' ? withdrawn : enterStage(withdrawn, 'withdrawn', at);
    }
    case 'ReferralLapsed':
      return enterStage({ ...state, tasks: closeTasks(state.tasks, () => true, at, 'no_longer_needed') }, 'lapsed', at);
    case 'ScreeningVisitHeld':
      return enterStage(
        {
          ...state,
          baseline: { measurement: event.baseline, recordedAt: at },
          ...(event.matchingProfile ? { matchingProfile: event.matchingProfile } : {}),
          matchingSince: at,
          tasks: closeTasks(state.tasks, ofKinds(['screening_overdue']), at, 'fulfilled'),
        },
        'matching',
        at,
      );
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
    case 'RematchAccepted':
      return enterStage(
        {
          ...state,
          rematchCount: event.rematchCount,
          previousMatches: state.match ? [...state.previousMatches, state.match] : state.previousMatches,
          match: null,
          proposal: null,
          closure: null,
          review: null,
          matchingSince: at,
          tasks: closeTasks(state.tasks, ofKinds(['goodbye']), at, 'no_longer_needed'),
        },
        'matching',
        at,
      );
    default:
      return evolveCourse(state, event);
  }
}

/** Without a friendship meeting the family's leaving just reopens matching; a running course closes through ClosureRequested. */
function familyWithdrew(state: JourneyState, familyId: string, at: Instant): JourneyState {
  if (state.proposal?.familyId === familyId) return { ...state, proposal: null };
  const match: Match | null = state.match;
  if (match?.familyId !== familyId || match.meeting) return state;
  return enterStage({ ...state, match: null, previousMatches: [...state.previousMatches, match] }, 'matching', at);
}
