import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { Refusal } from '@venskab/domain/shared';
import { FAMILY_REFUSED } from '@venskab/contracts';

/** There is no family workflow to ask: the id is unknown, or the family has left and its workflow ended. */
export const FAMILY_NOT_FOUND: Refusal = {
  code: 'family.not_found',
  message: 'There is no family with this id in the programme (or it has left and has no child linked any more).',
};

/**
 * The family's answer when it said no: its domain refusal, or "not found" when there is no family
 * workflow to answer. Anything else (a timeout, the server unreachable) is not an answer: null, so
 * the caller lets the activity fail and Temporal retries it.
 */
export function familyRefusalOf(error: unknown): Refusal | null {
  if (error instanceof WorkflowNotFoundError) return FAMILY_NOT_FOUND;
  const cause = error instanceof WorkflowUpdateFailedError ? error.cause : null;
  if (cause instanceof ApplicationFailure && cause.type === FAMILY_REFUSED) {
    return (cause.details?.[0] as Refusal | undefined) ?? { code: 'family.refused', message: cause.message };
  }
  return null;
}
