/** The first retry of a failed e-mail waits this long; each further failure doubles the wait. */
export const FIRST_EMAIL_RETRY_MS = 10_000;
/** A relay that stays down is tried at least once an hour. */
export const MAX_EMAIL_RETRY_MS = 3_600_000;

/** How long to wait before the next attempt after `failedAttempts` failures (1 for the first failure). */
export function emailRetryDelayMs(failedAttempts: number): number {
  const doublings = Math.max(0, Math.floor(failedAttempts) - 1);
  // Past 2^20 the cap has long been reached; the bound keeps the power finite.
  return Math.min(MAX_EMAIL_RETRY_MS, FIRST_EMAIL_RETRY_MS * 2 ** Math.min(doublings, 20));
}
