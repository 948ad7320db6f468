import { median } from '../kpis/waiting-times';
import { seededRandom, SeededRandom } from './seeded-random';

/** A forecast counts in months of this many programme days. */
export const FORECAST_MONTH_DAYS = 30;

/** Where the programme stands today, and how fast things have been happening. */
export interface WaitingSituation {
  /** Days each child now waiting for a family has waited so far. */
  waitingDays: number[];
  /** Places approved families have free today. */
  freePlaces: number;
  /** Children who become ready for a family per day (screening done or a rematch accepted). */
  readyPerDay: number;
  /** Places that open per day: newly approved families, and families whose course ended taking a new child. */
  placesOpeningPerDay: number;
  /** Share of waiting children whose wait ends without a family, per day (the parents stop, the child says no). */
  leavingPerWaitingChildPerDay: number;
  /** Days from readiness to a match even when a place is free (proposal, both sides' answer). */
  matchingDaysMin: number;
}

export interface ForecastOptions {
  months: number;
  runs: number;
  seed: number;
  /** The programme's target for the median wait, in days. */
  targetMedianWaitDays: number;
  /** The most extra families the forecast will look for. */
  maxExtraFamilies: number;
}

export const DEFAULT_FORECAST_OPTIONS: ForecastOptions = { months: 12, runs: 100, seed: 1, targetMedianWaitDays: 30, maxExtraFamilies: 200 };

/** The 10th, 50th and 90th percentile over the simulated futures. */
export interface Band {
  p10: number;
  p50: number;
  p90: number;
}

export interface ForecastMonth {
  month: number;
  childrenWaiting: Band;
  /** Median days waited by the children waiting at the month's end, counted to then (0 when none wait). */
  waitDays: Band;
}

export interface WaitingForecast {
  months: ForecastMonth[];
  /** Median over the futures of the median wait of every child who waited in the period. */
  medianWaitDays: number;
  /** How many more approved families (one place each, from today) keep that median at or under the target; null if more than the maximum would be needed. */
  extraFamiliesForTarget: number | null;
}

interface Future {
  childrenWaiting: number[];
  waitDays: number[];
  medianWaitDays: number;
}

/**
 * Many possible futures of the waiting list, day by day: children become ready and wait, places open,
 * the longest-waiting child who has passed the matching time takes a free place, and some waits end
 * without a family. The bands show how far the futures spread; the same seed gives the same forecast.
 */
export function forecastWaiting(situation: WaitingSituation, options: ForecastOptions = DEFAULT_FORECAST_OPTIONS): WaitingForecast {
  const futures = simulateFutures(situation, options, 0);
  const medianWaitDays = percentile(futures.map((future) => future.medianWaitDays), 0.5);
  return {
    months: Array.from({ length: options.months }, (_, index) => ({
      month: index + 1,
      childrenWaiting: band(futures.map((future) => future.childrenWaiting[index])),
      waitDays: band(futures.map((future) => future.waitDays[index])),
    })),
    medianWaitDays,
    extraFamiliesForTarget: medianWaitDays <= options.targetMedianWaitDays ? 0 : extraFamiliesForTarget(situation, options),
  };
}

/** The fewest extra families (at least one) whose futures keep the median wait at or under the target; more families never lengthen it. */
function extraFamiliesForTarget(situation: WaitingSituation, options: ForecastOptions): number | null {
  const meetsTarget = (extra: number) =>
    percentile(simulateFutures(situation, options, extra).map((future) => future.medianWaitDays), 0.5) <= options.targetMedianWaitDays;
  if (!meetsTarget(options.maxExtraFamilies)) return null;
  let low = 1;
  let high = options.maxExtraFamilies;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (meetsTarget(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

function simulateFutures(situation: WaitingSituation, options: ForecastOptions, extraPlaces: number): Future[] {
  // Every run draws from its own stream, and the streams do not depend on extraPlaces: comparing
  // numbers of extra families compares the same futures.
  const seeds = seededRandom(options.seed);
  return Array.from({ length: options.runs }, () => simulateFuture(situation, options.months, extraPlaces, seededRandom(Math.floor(seeds.next() * 2 ** 32))));
}

function simulateFuture(situation: WaitingSituation, months: number, extraPlaces: number, random: SeededRandom): Future {
  // Each waiting child is the day its wait began, counted from today (0); earlier waits are negative.
  const waiting = situation.waitingDays.map((days) => -days).sort((a, b) => a - b);
  let freePlaces = situation.freePlaces + extraPlaces;
  const completedWaits: number[] = [];
  const childrenWaiting: number[] = [];
  const waitDays: number[] = [];
  for (let day = 1; day <= months * FORECAST_MONTH_DAYS; day++) {
    const ready = random.poisson(situation.readyPerDay);
    for (let child = 0; child < ready; child++) waiting.push(day);
    freePlaces += random.poisson(situation.placesOpeningPerDay);
    const leaving = Math.min(waiting.length, random.poisson(waiting.length * situation.leavingPerWaitingChildPerDay));
    for (let child = 0; child < leaving; child++) {
      const [since] = waiting.splice(Math.floor(random.next() * waiting.length), 1);
      completedWaits.push(day - since);
    }
    while (freePlaces > 0 && waiting.length > 0 && day - waiting[0] >= situation.matchingDaysMin) {
      completedWaits.push(day - (waiting.shift() as number));
      freePlaces -= 1;
    }
    if (day % FORECAST_MONTH_DAYS === 0) {
      childrenWaiting.push(waiting.length);
      waitDays.push(median(waiting.map((since) => day - since)) ?? 0);
    }
  }
  const end = months * FORECAST_MONTH_DAYS;
  return { childrenWaiting, waitDays, medianWaitDays: median([...completedWaits, ...waiting.map((since) => end - since)]) ?? 0 };
}

function band(values: number[]): Band {
  return { p10: percentile(values, 0.1), p50: percentile(values, 0.5), p90: percentile(values, 0.9) };
}

/** The value below which the given share of the values lie (nearest rank). */
export function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))];
}
