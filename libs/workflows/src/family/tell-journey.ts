import { journeySystemSignal, journeyWorkflowId } from '@venskab/contracts';
import type { JourneyMessage } from '@venskab/domain/family';
import { tellWorkflow } from '../runner/tell-workflow';

/** Tells a journey that its family ended the link, as the journey's system signal; a journey that has ended is not told. */
export function tellJourney(message: JourneyMessage): Promise<void> {
  return tellWorkflow(journeyWorkflowId(message.journeyId), journeySystemSignal, [message.command], {
    journeyId: message.journeyId,
    familyId: message.command.familyId,
  });
}
