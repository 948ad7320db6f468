import { JourneyKpiFacts } from '../kpis/kpi-facts';
import { KpiClock, wholeDays } from '../kpis/kpi-outcomes';
import { addDays, Instant, isAtOrBefore } from '../shared/time';
import { percentile, WaitingSituation } from './waiting-forecast';

/** What the forecast needs to know of one approved family. */
export interface FamilyPlaceFacts {
  approvedAt: Instant | null;
  capacity: number;
  /** Free places of a family that can take a child now (approved or matched, not paused). */
  freePlaces: number;
}

/** How far back the programme's own rates are taken, and how much history they need to be trusted. */
export const RATE_LOOKBACK_DAYS = 365;
export const MINIMUM_HISTORY_DAYS = 90;

/**
 * Rates for a programme with too little history of its own: 30 children a year (the 2018 application's
 * third year, seeds/000), as many places opening (ours: a programme recruits to its plan), 1 in 2,000
 * waiting children leaving per day and 14 days from readiness to a match (both ours).
 */
export const STARTING_RATES = {
  readyPerDay: 30 / 365,
  placesOpeningPerDay: 30 / 365,
  leavingPerWaitingChildPerDay: 1 / 2000,
  matchingDaysMin: 14,
} as const;

export type RateSource = 'programme' | 'starting_rates';

/**
 * Today's waiting list and the programme's rates over the last year: children who became ready, places
 * that opened (families approved, courses that ended and freed their place), waits that ended without a
 * family, and the shortest usual wait (the 10th percentile of waits that ended in a match).
 */
export function waitingSituation(
  journeys: readonly JourneyKpiFacts[],
  families: readonly FamilyPlaceFacts[],
  asOf: Instant,
  clock: KpiClock,
): { situation: WaitingSituation; rates: RateSource } {
  const waits = journeys.flatMap((journey) => journey.waits).filter((wait) => isAtOrBefore(wait.since, asOf));
  const open = waits.filter((wait) => !endedBy(wait.matchedAt, asOf) && !endedBy(wait.abandonedAt, asOf));
  const current = {
    waitingDays: open.map((wait) => wholeDays(wait.since, asOf, clock)),
    freePlaces: families.reduce((sum, family) => sum + family.freePlaces, 0),
  };
  const firstWait = waits.reduce<Instant | null>((first, wait) => (!first || Date.parse(wait.since) < Date.parse(first) ? wait.since : first), null);
  if (!firstWait || wholeDays(firstWait, asOf, clock) < MINIMUM_HISTORY_DAYS) {
    return { situation: { ...current, ...STARTING_RATES }, rates: 'starting_rates' };
  }
  const from = addDays(asOf, -RATE_LOOKBACK_DAYS, clock.dayLengthMs);
  const days = Math.min(RATE_LOOKBACK_DAYS, wholeDays(firstWait, asOf, clock));
  const inWindow = (at: Instant | null): at is Instant => at !== null && !isAtOrBefore(at, from) && isAtOrBefore(at, asOf);
  const matchedWaits = waits.filter((wait) => inWindow(wait.matchedAt)).map((wait) => wholeDays(wait.since, wait.matchedAt as Instant, clock));
  const placesFreed = journeys.flatMap((journey) => journey.matches).filter((course) => course.startedAt && inWindow(course.endedAt)).length;
  const placesApproved = families.filter((family) => inWindow(family.approvedAt)).reduce((sum, family) => sum + family.capacity, 0);
  const waitingDaysInWindow = waits.reduce((sum, wait) => sum + daysWaitedInWindow(wait.since, wait.matchedAt ?? wait.abandonedAt, from, asOf, clock), 0);
  return {
    situation: {
      ...current,
      readyPerDay: waits.filter((wait) => inWindow(wait.since)).length / days,
      placesOpeningPerDay: (placesFreed + placesApproved) / days,
      leavingPerWaitingChildPerDay: waitingDaysInWindow > 0 ? waits.filter((wait) => inWindow(wait.abandonedAt)).length / waitingDaysInWindow : 0,
      matchingDaysMin: matchedWaits.length > 0 ? percentile(matchedWaits, 0.1) : STARTING_RATES.matchingDaysMin,
    },
    rates: 'programme',
  };
}

function endedBy(at: Instant | null, asOf: Instant): boolean {
  return at !== null && isAtOrBefore(at, asOf);
}

function daysWaitedInWindow(since: Instant, ended: Instant | null, from: Instant, asOf: Instant, clock: KpiClock): number {
  const start = isAtOrBefore(since, from) ? from : since;
  const end = ended && isAtOrBefore(ended, asOf) ? ended : asOf;
  return isAtOrBefore(end, start) ? 0 : wholeDays(start, end, clock);
}
