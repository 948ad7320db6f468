import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { Refusal } from '@venskab/domain/shared';
import { FAMILY_REFUSED } from '@venskab/contracts';

/** The domain's refusal inside a failed family update (rejected by the validator or refused by the handler), or null. */
export function familyRefusalOf(error: unknown): Refusal | null {
  const cause = error instanceof WorkflowUpdateFailedError ? error.cause : error;
  if (cause instanceof ApplicationFailure && cause.type === FAMILY_REFUSED) {
    return (cause.details?.[0] as Refusal | undefined) ?? { code: 'refused', message: cause.message };
  }
  return null;
}
