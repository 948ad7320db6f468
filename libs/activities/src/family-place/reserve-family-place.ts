import { cancellationSignal, log } from '@temporalio/activity';
import { Client } from '@temporalio/client';
import { ApplicationFailure, ApplicationFailureCategory } from '@temporalio/common';
import { familyCommandUpdate, FAMILY_REFUSED, familyWorkflowId, journeyWorkflowId } from '@venskab/contracts';
import type { FamilyPlaceRequest } from '@venskab/contracts';
import { familyRefusalOf } from './family-refusal';

/**
 * Holds one of the family's places for a proposed match (the family's ReserveForJourney update,
 * whose validator checks approval and free capacity). A refusal is final: it is thrown as a
 * non-retryable failure carrying the family's refusal, which the journey passes on to its caller.
 * Such a refusal (e.g. no free place) is an ordinary answer, not a fault: it is logged at info and
 * marked benign, so the worker does not warn "Activity failed" for it.
 * Any other error is retried by Temporal; the fixed update id makes a retry of a reservation that
 * did land answer with that reservation instead of taking a second place. A worker shutting down
 * cancels the wait (the abort signal), so the attempt ends at once and the next worker retries it.
 */
export async function reserveFamilyPlace(client: Client, request: FamilyPlaceRequest): Promise<void> {
  try {
    await client.withAbortSignal(cancellationSignal(), () =>
      client.workflow.getHandle(familyWorkflowId(request.familyId)).executeUpdate(familyCommandUpdate, {
        args: [{ type: 'ReserveForJourney', actor: { userId: journeyWorkflowId(request.journeyId), role: 'system' }, journeyId: request.journeyId }],
        updateId: request.updateId,
      }),
    );
  } catch (error) {
    const refusal = familyRefusalOf(error);
    if (!refusal) throw error;
    log.info('The family refused the reservation', { familyId: request.familyId, journeyId: request.journeyId, code: refusal.code });
    throw ApplicationFailure.create({ type: FAMILY_REFUSED, message: refusal.message, nonRetryable: true, details: [refusal], category: ApplicationFailureCategory.BENIGN });
  }
}
