import { isFinalStage } from './stages';
import { JourneyState } from './state';

/**
 * The workflow may end when the course is over and nothing is left to do for it:
 * the stage is closed, lapsed or withdrawn — or continuing, since the future agreement is the
 * formal end and the relationship then goes on outside the programme — and no concern waits
 * for its assessment, and the post-end measurement is recorded, declined, given up or cancelled.
 * Bridge-building does not hold the workflow open; it is a task to do around the end.
 */
export function isJourneyFinished(state: JourneyState): boolean {
  const courseOver = isFinalStage(state.stage) || state.stage === 'continuing';
  const concernOpen = state.concerns.some((concern) => concern.status === 'open');
  return courseOver && !concernOpen && state.postEndMeasurement?.status !== 'pending';
}
