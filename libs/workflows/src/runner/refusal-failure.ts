import { ApplicationFailure } from '@temporalio/workflow';
import type { Refusal } from '@venskab/domain/shared';

/**
 * A domain refusal as a typed, non-retryable failure of the given type (one per workflow kind);
 * the API recognises the type and turns the details back into the refusal (409).
 */
export function refusalFailure(type: string, refusal: Refusal): ApplicationFailure {
  return ApplicationFailure.create({ type, message: refusal.message, nonRetryable: true, details: [refusal] });
}
