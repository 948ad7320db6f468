import { cancellationSignal, log } from '@temporalio/activity';
import { Client } from '@temporalio/client';
import { familyCommandUpdate, familyWorkflowId } from '../../../workflows/src/family/family-messages';
import { familyRefusalOf } from './family-refusal';
import type { FamilyEffect } from './link-messages';

/**
 * Sends what happened in a journey to its family (confirm, release or end the match). A refusal
 * means the command no longer applies (the family released the place itself, has left, or the
 * match was already ended from its side): the family's state is already what the journey needs,
 * so it is logged and the journey moves on. Any other error is retried by Temporal until the
 * family's workflow answers; the fixed update id keeps a retry from applying the command twice.
 */
export async function sendFamilyEffect(client: Client, effect: FamilyEffect): Promise<void> {
  try {
    // Aborted when the worker shuts down, so a wait on a busy family ends and the next worker retries it.
    await client.withAbortSignal(cancellationSignal(), () =>
      client.workflow.getHandle(familyWorkflowId(effect.familyId)).executeUpdate(familyCommandUpdate, { args: [effect.command], updateId: effect.updateId }),
    );
  } catch (error) {
    const refusal = familyRefusalOf(error);
    if (!refusal) throw error;
    log.warn('the family no longer needed a journey\'s command', {
      familyId: effect.familyId,
      journeyId: effect.command.journeyId,
      command: effect.command.type,
      refusal,
    });
  }
}
