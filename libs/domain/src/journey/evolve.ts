import { JourneyEvent } from './events';
import { evolveAfterCare } from './evolve-after-care';
import { evolveConcerns } from './evolve-concerns';
import { evolveEnding } from './evolve-ending';
import { evolveIntake } from './evolve-intake';
import { evolveMatching } from './evolve-matching';
import { evolveReminder } from './evolve-reminder';
import { evolveVisits } from './evolve-visits';
import { JourneyState } from './state';

/**
 * Applies one event to the journey. Pure and total: every event decide or the timers produce
 * is applied without throwing, so replaying a history always rebuilds the same state.
 * Every event type is named here once, so a new one does not compile until it is applied.
 */
export function evolve(state: JourneyState, event: JourneyEvent): JourneyState {
  switch (event.type) {
    case 'ChildReferred':
    case 'ConsentGiven':
    case 'ConsentRefused':
    case 'ConsentWithdrawn':
    case 'ReferralLapsed':
    case 'ScreeningVisitHeld':
      return evolveIntake(state, event);
    case 'MatchProposed':
    case 'MatchAccepted':
    case 'MatchDeclined':
    case 'MatchMade':
    case 'FriendshipMeetingScheduled':
    case 'FriendshipMeetingHeld':
    case 'FriendshipMeetingFailed':
    case 'FamilyWithdrew':
      return evolveMatching(state, event);
    case 'LogbookEntryWritten':
    case 'StabilityAlertRaised':
    case 'VisitsPaused':
    case 'VisitsResumed':
    case 'LogbooksScreened':
    case 'SupervisionRecorded':
    case 'FollowUpRecorded':
      return evolveVisits(state, event);
    case 'ConcernRaised':
    case 'ConcernAssessed':
      return evolveConcerns(state, event);
    case 'OneYearReviewHeld':
    case 'FutureAgreementRecorded':
    case 'ClosureRequested':
    case 'JourneyClosed':
    case 'RematchOffered':
    case 'RematchAccepted':
    case 'RematchDeclined':
      return evolveEnding(state, event);
    case 'BridgeBuildingRecorded':
    case 'PostEndMeasurementRecorded':
    case 'PostEndMeasurementExpired':
      return evolveAfterCare(state, event);
    case 'ReminderFired':
      return evolveReminder(state, event);
    default: {
      // Only reached by an event of a type this version does not know: it changes nothing.
      const _exhaustive: never = event;
      return state;
    }
  }
}
