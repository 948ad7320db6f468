import { StabilityRule } from './events';
import { JourneyState, LogbookEntry } from './state';

export interface StabilityFinding {
  week: number;
  rules: StabilityRule[];
  cancellationsInARow: number;
  cancellationsInWindow: number;
  runStartWeek?: number;
}

/**
 * Stability is the first working mechanism: few cancelled visits. Given the current family's
 * logbook (including a new entry), says whether the coordinator must be alerted, by either rule:
 * the latest recorded visits cancelled in a row, or too many cancellations in the last weeks.
 * Each run of cancellations alerts once, and the window rule alerts at most once per window.
 */
export function stabilityFinding(state: JourneyState, matchNumber: number, entries: LogbookEntry[]): StabilityFinding | null {
  const { cancellationsInARowAlert, cancellationsWindowWeeks, cancellationsInWindowAlert } = state.policy;
  const byWeek = [...entries].sort((a, b) => a.week - b.week);
  if (byWeek.length === 0) return null;

  let run = 0;
  while (run < byWeek.length && byWeek[byWeek.length - 1 - run].visit === 'cancelled') run++;
  const latestWeek = byWeek[byWeek.length - 1].week;
  const runStartWeek = run > 0 ? byWeek[byWeek.length - run].week : latestWeek;
  const windowStart = latestWeek - cancellationsWindowWeeks;
  const inWindow = byWeek.filter((entry) => entry.week > windowStart && entry.visit === 'cancelled').length;

  const earlier = state.stabilityAlerts.filter((alert) => alert.matchNumber === matchNumber);
  const rules: StabilityRule[] = [];
  if (run >= cancellationsInARowAlert && !earlier.some((alert) => alert.runStartWeek === runStartWeek)) {
    rules.push('in_a_row');
  }
  if (
    inWindow >= cancellationsInWindowAlert &&
    !earlier.some((alert) => alert.rules.includes('in_window') && alert.week > windowStart)
  ) {
    rules.push('in_window');
  }
  if (rules.length === 0) return null;
  return {
    week: latestWeek,
    rules,
    cancellationsInARow: run,
    cancellationsInWindow: inWindow,
    ...(rules.includes('in_a_row') ? { runStartWeek } : {}),
  };
}
