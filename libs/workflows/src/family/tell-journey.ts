import type { JourneyNotice } from '../../../activities/src/links/link-messages';
import { journeySystemSignal, journeyWorkflowId } from '../journey/journey-messages';
import { tellWorkflow } from '../tell-workflow';

/** Sends a notice as the journey's system signal, which the journey cannot refuse; a journey that has ended is not told. */
export function tellJourney(notice: JourneyNotice): Promise<void> {
  return tellWorkflow(journeyWorkflowId(notice.journeyId), journeySystemSignal, [notice.command], {
    journeyId: notice.journeyId,
    familyId: notice.command.familyId,
  });
}
