import { Instant, isAtOrBefore } from '../shared/time';

/** The reporting period: outcomes that became known in it are counted; `from` null means since the programme began. */
export interface KpiPeriod {
  from: Instant | null;
  to: Instant;
}

export function isInPeriod(at: Instant, period: KpiPeriod): boolean {
  return (period.from === null || isAtOrBefore(period.from, at)) && isAtOrBefore(at, period.to);
}
