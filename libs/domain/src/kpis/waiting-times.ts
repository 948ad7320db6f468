import { Instant } from '../shared/time';
import { JourneyKpiFacts } from './kpi-facts';
import { KpiClock, wholeDays } from './kpi-outcomes';
import { KpiPeriod, isInPeriod } from './kpi-period';

export interface WaitFigures {
  children: number;
  medianDays: number | null;
  longestDays: number | null;
}

export interface WaitingTimes {
  /** Children waiting for a family at the end of the period, counted up to then. */
  waitingNow: WaitFigures;
  /** Waits that ended with a match made within the period, counted from readiness to the match. */
  matchedInPeriod: WaitFigures;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function figures(days: number[]): WaitFigures {
  return { children: days.length, medianDays: median(days), longestDays: days.length > 0 ? Math.max(...days) : null };
}

export function waitingTimes(journeys: readonly JourneyKpiFacts[], period: KpiPeriod, clock: KpiClock): WaitingTimes {
  const waits = journeys.flatMap((journey) => journey.waits);
  const waitingNow = waits.filter((wait) => wait.matchedAt === null && wait.abandonedAt === null);
  const matched = waits.filter((wait): wait is typeof wait & { matchedAt: Instant } => wait.matchedAt !== null && isInPeriod(wait.matchedAt, period));
  return {
    waitingNow: figures(waitingNow.map((wait) => wholeDays(wait.since, period.to, clock))),
    matchedInPeriod: figures(matched.map((wait) => wholeDays(wait.since, wait.matchedAt, clock))),
  };
}
