import type { ApplicationFailure } from '@temporalio/workflow';
import type { Refusal } from '../../../domain/src/journey';
import { refusalFailure as typedRefusalFailure } from '../refusal-failure';
import { JOURNEY_REFUSED } from './journey-messages';

/** A domain refusal as a typed, non-retryable failure; the API turns it back into the refusal (409). */
export function refusalFailure(refusal: Refusal): ApplicationFailure {
  return typedRefusalFailure(JOURNEY_REFUSED, refusal);
}
