import { familySystemSignal, familyWorkflowId } from '@venskab/contracts';
import type { FamilyMessage } from '@venskab/domain/journey';
import { tellWorkflow } from '../runner/tell-workflow';

/**
 * Tells the family what happened in the journey (confirm, release or end the match) as the family's
 * system signal. The family's domain decides: a command that no longer applies (the family released
 * the place itself, has left, or ended the match from its side) is logged there and changes nothing.
 */
export function tellFamily(message: FamilyMessage): Promise<void> {
  return tellWorkflow(familyWorkflowId(message.familyId), familySystemSignal, [message.command], {
    familyId: message.familyId,
    journeyId: message.command.journeyId,
    command: message.command.type,
  });
}
