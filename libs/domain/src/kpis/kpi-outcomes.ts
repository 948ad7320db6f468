import { addDays, Instant, isAtOrBefore } from '../shared/time';
import { WELLBEING_DIMENSIONS, WellbeingMeasurement } from '../journey/wellbeing';
import { MatchCourse } from './kpi-facts';

/** How the key figures count time: the programme's day, and the days that make "a year" (the one-year review's). */
export interface KpiClock {
  dayLengthMs: number;
  yearDays: number;
}

/**
 * Whether a started match lasted a year, and when that became known: at the one-year review or a year
 * after the friendship meeting (it lasted), or at its end before then (it did not). Null while it runs
 * and is younger than a year, or when it never started: such matches are not counted yet.
 */
export function yearOutcome(course: MatchCourse, asOf: Instant, clock: KpiClock): { lasted: boolean; knownAt: Instant } | null {
  if (!course.startedAt) return null;
  const yearMark = addDays(course.startedAt, clock.yearDays, clock.dayLengthMs);
  if (course.reviewedAt && isAtOrBefore(course.reviewedAt, yearMark)) return { lasted: true, knownAt: course.reviewedAt };
  if (course.endedAt && !isAtOrBefore(yearMark, course.endedAt)) return { lasted: false, knownAt: course.endedAt };
  if (isAtOrBefore(yearMark, asOf)) return { lasted: true, knownAt: yearMark };
  return null;
}

export function meanScore(measurement: WellbeingMeasurement): number {
  return WELLBEING_DIMENSIONS.reduce((sum, dimension) => sum + measurement[dimension], 0) / WELLBEING_DIMENSIONS.length;
}

/** "Higher wellbeing": the mean over the six dimensions at the review is above the baseline's mean. */
export function wellbeingRose(baseline: WellbeingMeasurement, after: WellbeingMeasurement): boolean {
  return meanScore(after) > meanScore(baseline);
}

/** Whole programme days from one moment to another, as the waiting lists count them. */
export function wholeDays(from: Instant, to: Instant, clock: KpiClock): number {
  return Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / clock.dayLengthMs));
}
