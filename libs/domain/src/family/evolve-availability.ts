import { CoordinatorNoteAdded, FamilyPaused, FamilyResumed, FamilyRetired, FamilyWithdrew } from './family-events';
import { FamilyStage } from './family-stage';
import { FamilyState } from './family-state';

export type AvailabilityEvent = FamilyPaused | FamilyResumed | FamilyRetired | FamilyWithdrew | CoordinatorNoteAdded;

/** Whether the family is available for a child: pauses, leaving, and the coordinator's notes about it. */
export function evolveAvailability(state: FamilyState, event: AvailabilityEvent): FamilyState {
  switch (event.type) {
    case 'FamilyPaused':
      return { ...state, stage: 'paused', waitingPeriodStart: null };
    case 'FamilyResumed': {
      const stage: FamilyStage = state.activeMatches.length > 0 ? 'matched' : 'approved';
      return { ...state, stage, waitingPeriodStart: stage === 'approved' ? event.at : null };
    }
    case 'FamilyRetired':
      return { ...state, stage: 'retired', waitingPeriodStart: null };
    case 'FamilyWithdrew':
      return { ...state, stage: 'withdrawn', waitingPeriodStart: null, withdrawalReason: event.reason };
    case 'CoordinatorNoteAdded':
      return {
        ...state,
        coordinatorNotes: [
          ...state.coordinatorNotes,
          {
            noteId: event.noteId,
            text: event.text,
            sentiment: event.sentiment,
            writtenAt: event.at,
            writtenBy: event.actor.userId,
          },
        ],
      };
  }
}
