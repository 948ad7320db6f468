import { Instant } from '../shared/time';
import { WellbeingMeasurement } from '../journey/wellbeing';
import { familyCapacity, FamilyCapacity, FamilyCapacityFacts } from './family-capacity';
import { JourneyKpiFacts, ReviewFacts } from './kpi-facts';
import { KpiClock, wellbeingRose, yearOutcome } from './kpi-outcomes';
import { isInPeriod, KpiPeriod } from './kpi-period';
import { isNotRecorded, KPI_KEYS, KPI_TARGETS, KpiKey, KpiTarget, RecordedKpiKey } from './kpi-targets';
import { waitingTimes, WaitingTimes } from './waiting-times';

/** met/not_met against the target; no_data when nobody can be counted yet; not_recorded when the product holds no such data. */
export type KpiStatus = 'met' | 'not_met' | 'no_data' | 'not_recorded';

/**
 * One success criterion. A share has numerator of denominator ("12 of 15") and its percent; a count
 * ("children matched") has the count as numerator and no denominator. Not recorded: all null.
 */
export interface Kpi {
  key: KpiKey;
  target: KpiTarget;
  status: KpiStatus;
  numerator: number | null;
  denominator: number | null;
  /** Rounded to one decimal; whether the target is met is judged on the exact share. */
  percent: number | null;
}

export interface MatchedInYear {
  /** Calendar year in Copenhagen. */
  year: number;
  /** Children whose first match was made that year. */
  children: number;
  /** Every match made that year, rematches included. */
  matches: number;
}

export interface ProgrammeKpiReport {
  period: KpiPeriod;
  kpis: Kpi[];
  /** The review's recorded wishes (the evaluation's "wished to continue"): context for the parents' criterion, not the criterion. */
  reviewWishes: { reviews: number; parentsWishToContinue: number; allWishToContinue: number };
  matchedByYear: MatchedInYear[];
  waitingTimes: WaitingTimes;
  /** The families as they are now, whatever the period. */
  capacity: FamilyCapacity;
}

function share(key: KpiKey, numerator: number, denominator: number): Kpi {
  const target = KPI_TARGETS[key];
  if (denominator === 0) return { key, target, status: 'no_data', numerator, denominator, percent: null };
  const met = numerator * 100 >= target.atLeast * denominator;
  return { key, target, status: met ? 'met' : 'not_met', numerator, denominator, percent: Math.round((numerator * 1000) / denominator) / 10 };
}

function count(key: KpiKey, value: number): Kpi {
  const target = KPI_TARGETS[key];
  return { key, target, status: value >= target.atLeast ? 'met' : 'not_met', numerator: value, denominator: null, percent: null };
}

function notRecorded(key: KpiKey): Kpi {
  return { key, target: KPI_TARGETS[key], status: 'not_recorded', numerator: null, denominator: null, percent: null };
}

const COPENHAGEN_YEAR = new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'Europe/Copenhagen' });
const yearOf = (at: Instant): number => Number(COPENHAGEN_YEAR.format(new Date(at)));

function matchedByYear(journeys: readonly JourneyKpiFacts[], period: KpiPeriod): MatchedInYear[] {
  const years = new Map<number, MatchedInYear>();
  for (const journey of journeys) {
    journey.matches.forEach((course, index) => {
      if (!isInPeriod(course.matchedAt, period)) return;
      const year = yearOf(course.matchedAt);
      const counted = years.get(year) ?? { year, children: 0, matches: 0 };
      years.set(year, { year, children: counted.children + (index === 0 ? 1 : 0), matches: counted.matches + 1 });
    });
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}

type MeasuredReview = ReviewFacts & { baseline: WellbeingMeasurement };

/**
 * The programme's key figures for a period, from each journey's facts as of the period's end
 * (kpiFactsOf with asOf = period.to) and the families as they are now. Each criterion counts the
 * outcomes that became known within the period:
 *  - matches lasting a year: matches whose friendship meeting was held, counted once it is known
 *    whether they lasted a year (reviewed, or a year old) or not (ended before); running matches
 *    younger than a year are not counted yet;
 *  - higher wellbeing: one-year reviews held, where the mean of the six dimensions rose from the baseline;
 *  - moved on to organised leisure: bridge-building outcomes recorded at the end of a course;
 *  - children matched: children whose first match was made (target over the project period).
 */
export function programmeKpis(
  journeys: readonly JourneyKpiFacts[],
  families: readonly FamilyCapacityFacts[],
  period: KpiPeriod,
  clock: KpiClock,
): ProgrammeKpiReport {
  const outcomes = journeys
    .flatMap((journey) => journey.matches.map((course) => yearOutcome(course, period.to, clock)))
    .filter((outcome) => outcome !== null && isInPeriod(outcome.knownAt, period));
  const reviews = journeys
    .flatMap((journey) => journey.reviews)
    .filter((review): review is MeasuredReview => review.baseline !== null && isInPeriod(review.heldAt, period));
  const bridges = journeys.flatMap((journey) => (journey.bridgeBuilding && isInPeriod(journey.bridgeBuilding.recordedAt, period) ? [journey.bridgeBuilding] : []));
  const firstMatches = journeys.filter((journey) => journey.matches.length > 0 && isInPeriod(journey.matches[0].matchedAt, period));

  const figures: Record<RecordedKpiKey, Kpi> = {
    matchesLastingAYear: share('matchesLastingAYear', outcomes.filter((outcome) => outcome?.lasted).length, outcomes.length),
    higherWellbeingAtReview: share('higherWellbeingAtReview', reviews.filter((review) => wellbeingRose(review.baseline, review.after)).length, reviews.length),
    movedOnToOrganisedLeisure: share('movedOnToOrganisedLeisure', bridges.filter((bridge) => bridge.movedOnToOrganisedLeisure).length, bridges.length),
    childrenMatched: count('childrenMatched', firstMatches.length),
  };
  return {
    period,
    kpis: KPI_KEYS.map((key) => (isNotRecorded(key) ? notRecorded(key) : figures[key])),
    reviewWishes: {
      reviews: reviews.length,
      parentsWishToContinue: reviews.filter((review) => review.wishesToContinue.parents).length,
      allWishToContinue: reviews.filter(({ wishesToContinue: w }) => w.child && w.parents && w.family).length,
    },
    matchedByYear: matchedByYear(journeys, period),
    waitingTimes: waitingTimes(journeys, period, clock),
    capacity: familyCapacity(families),
  };
}
