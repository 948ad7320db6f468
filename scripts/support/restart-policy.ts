/** When a crashed process is started again, and when the stack stops trying. */
export interface RestartPolicyOptions {
  /** Wait before the first restart; doubled after each further crash in the window. */
  initialDelayMs: number;
  maxDelayMs: number;
  /** This many crashes within `windowMs` means the process cannot run: give up. */
  maxCrashes: number;
  windowMs: number;
}

export type RestartDecision = { giveUp: false; delayMs: number } | { giveUp: true; crashes: number };

export const DEFAULT_RESTART_POLICY: RestartPolicyOptions = { initialDelayMs: 1000, maxDelayMs: 30_000, maxCrashes: 5, windowMs: 120_000 };

/**
 * Exponential backoff over the crashes of the recent window: a process that ran quietly for a
 * whole window starts again with the shortest delay.
 */
export class RestartPolicy {
  private crashTimes: number[] = [];

  constructor(private readonly options: RestartPolicyOptions = DEFAULT_RESTART_POLICY) {}

  onCrash(nowMs: number): RestartDecision {
    this.crashTimes = [...this.crashTimes.filter((time) => nowMs - time < this.options.windowMs), nowMs];
    const crashes = this.crashTimes.length;
    if (crashes >= this.options.maxCrashes) return { giveUp: true, crashes };
    const delayMs = Math.min(this.options.initialDelayMs * 2 ** (crashes - 1), this.options.maxDelayMs);
    return { giveUp: false, delayMs };
  }
}
