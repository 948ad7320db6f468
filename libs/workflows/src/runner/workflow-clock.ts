import type { Instant } from '@venskab/domain/shared';

/**
 * The workflow clock as the domain's Instant. Inside the workflow sandbox Date is replaced by the
 * SDK with the time of the current workflow task, so this replays identically.
 */
export function workflowNow(): Instant {
  return new Date(Date.now()).toISOString();
}
