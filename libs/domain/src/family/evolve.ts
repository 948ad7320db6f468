import { evolveAvailability } from './evolve-availability';
import { evolveJourneyLinks } from './evolve-journey-links';
import { evolveRecruitment } from './evolve-recruitment';
import { FamilyEvent } from './family-events';
import { FamilyState } from './family-state';
import { tasksAfter } from './family-tasks';

/** Applies one event to the state. Pure and total: every rule was checked when the event was decided. */
export function evolve(state: FamilyState, event: FamilyEvent): FamilyState {
  const next = evolveFacts(state, event);
  return { ...next, tasks: tasksAfter(next, event) };
}

/** Every event type is named here once, so a new one does not compile until it is applied. */
function evolveFacts(state: FamilyState, event: FamilyEvent): FamilyState {
  switch (event.type) {
    case 'FamilyApplied':
    case 'HomeVisitRecorded':
    case 'ChildCertificateRecorded':
    case 'TrainingCompleted':
    case 'FamilyApproved':
      return evolveRecruitment(state, event);
    case 'FamilyReservedForJourney':
    case 'ReservationReleased':
    case 'MatchConfirmed':
    case 'MatchEnded':
      return evolveJourneyLinks(state, event);
    case 'FamilyPaused':
    case 'FamilyResumed':
    case 'FamilyRetired':
    case 'FamilyWithdrew':
    case 'CoordinatorNoteAdded':
      return evolveAvailability(state, event);
    case 'ApplicationFollowUpReminded':
      return { ...state, applicationFollowUpReminded: true };
    case 'LongWaitFlagged':
      return { ...state, longWaitFlaggedFor: event.waitingSince };
    default: {
      // Only reached by an event of a type this version does not know: it changes nothing.
      const _exhaustive: never = event;
      return state;
    }
  }
}
