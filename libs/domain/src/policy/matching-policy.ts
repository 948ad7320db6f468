import { SettingProblem } from '../shared';

/**
 * How far apart the child and the family live, in minutes. The family picks the child up and brings
 * the child home every week, so the trip is made twice a visit and transport time weighs heavily.
 *
 * We have no route planner in the domain, so travel time is estimated: the straight-line (haversine)
 * distance times a detour factor (streets are not straight; ~1.3 is a common urban ratio), at a city
 * travel speed (18 km/h: a bike, or a bus including stops, in Copenhagen).
 */
export interface TravelModel {
  detourFactor: number;
  speedKmh: number;
  /** Trips up to this long score fully. */
  fullScoreMinutes: number;
  /** Trips this long or longer score nothing. */
  zeroScoreMinutes: number;
}

/**
 * The matching criteria from the evaluation, as weights on factors each scored 0..1
 * (coordinator notes -1..1, as a coordinator's hesitation should pull a family down).
 */
export interface MatchingWeights {
  /** The family's own children near the child's age: playmates, and a family used to that age. */
  ageFit: number;
  transportTime: number;
  sharedInterests: number;
  /** Longer waiting ranks higher all else equal: approved families who wait too long give up. */
  waitingTime: number;
  /** The coordinator's own judgement of the family, e.g. their surplus energy right now. */
  coordinatorNotes: number;
  travel: TravelModel;
  /** An age gap of this many years (or more) to the nearest own child scores nothing. */
  ageGapYearsForZeroFit: number;
  /** This many shared interests score fully. */
  sharedInterestsForFullScore: number;
  /** Waiting this many days scores fully. */
  waitingDaysForFullScore: number;
  /** Length of a day for counting waiting days; tests compress it like the family policy does. */
  dayLengthMs: number;
}

/**
 * Defaults: transport and age fit first (they decide whether the weekly visit is practical and
 * natural), then shared interests and the coordinator's notes, then waiting time as a fair nudge.
 */
export const DEFAULT_MATCHING_WEIGHTS: MatchingWeights = {
  ageFit: 3,
  transportTime: 3,
  sharedInterests: 2,
  waitingTime: 1,
  coordinatorNotes: 2,
  travel: { detourFactor: 1.3, speedKmh: 18, fullScoreMinutes: 10, zeroScoreMinutes: 60 },
  ageGapYearsForZeroFit: 6,
  sharedInterestsForFullScore: 3,
  waitingDaysForFullScore: 90,
  dayLengthMs: 86_400_000,
};

const NON_NEGATIVE: (keyof MatchingWeights)[] = [
  'ageFit',
  'transportTime',
  'sharedInterests',
  'waitingTime',
  'coordinatorNotes',
];
const POSITIVE: (keyof MatchingWeights)[] = [
  'ageGapYearsForZeroFit',
  'sharedInterestsForFullScore',
  'waitingDaysForFullScore',
  'dayLengthMs',
];
const TRAVEL_POSITIVE: (keyof TravelModel)[] = ['detourFactor', 'speedKmh', 'zeroScoreMinutes'];

/** Checks weights that arrive from configuration; every problem is reported, not just the first. */
export function validateMatchingWeights(weights: unknown): SettingProblem[] {
  if (!isObject(weights)) {
    return [invalid('matching_weights.not_an_object', 'The matching weights must be an object of settings.')];
  }
  const refusals = [
    ...NON_NEGATIVE.filter((key) => !isNumberAtLeast(weights[key], 0)).map((key) =>
      invalid('matching_weights.invalid_weight', `The weight "${key}" must be zero or a positive number.`),
    ),
    ...POSITIVE.filter((key) => !isNumberAbove(weights[key], 0)).map((key) =>
      invalid('matching_weights.invalid_setting', `The setting "${key}" must be a positive number.`),
    ),
  ];
  const travel = weights.travel;
  if (!isObject(travel)) {
    return [...refusals, invalid('matching_weights.invalid_travel', 'The travel model must be an object of settings.')];
  }
  refusals.push(
    ...TRAVEL_POSITIVE.filter((key) => !isNumberAbove(travel[key], 0)).map((key) =>
      invalid('matching_weights.invalid_travel', `The travel setting "${key}" must be a positive number.`),
    ),
  );
  const { fullScoreMinutes, zeroScoreMinutes } = travel;
  if (
    !isNumberAtLeast(fullScoreMinutes, 0) ||
    (isNumberAbove(zeroScoreMinutes, 0) && (fullScoreMinutes as number) >= (zeroScoreMinutes as number))
  ) {
    refusals.push(
      invalid(
        'matching_weights.invalid_travel',
        'The full-score travel time must be zero or more and shorter than the zero-score travel time.',
      ),
    );
  }
  return refusals;
}

function invalid(code: string, message: string): SettingProblem {
  return { code, message };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isNumberAtLeast(value: unknown, min: number): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= min;
}

function isNumberAbove(value: unknown, min: number): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value > min;
}
