/** Weekdays as the programme speaks of them: the fixed visiting afternoon. */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** ISO-8601 timestamp string; events carry time as text so they serialise unchanged into histories. */
export type Instant = string;

/**
 * Programme durations are counted in days, and a day's length is a policy setting so
 * tests can compress a year into seconds without changing any rule.
 */
export function addDays(at: Instant, days: number, dayLengthMs: number): Instant {
  return new Date(Date.parse(at) + days * dayLengthMs).toISOString();
}

export function daysBetween(from: Instant, to: Instant, dayLengthMs: number): number {
  return (Date.parse(to) - Date.parse(from)) / dayLengthMs;
}

/** The calendar date (YYYY-MM-DD) in Denmark, where the programme's days begin and end. */
const DANISH_CALENDAR_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });

export function danishCalendarDate(at: Instant): string {
  return DANISH_CALENDAR_DATE.format(new Date(at));
}

export function isAtOrBefore(a: Instant, b: Instant): boolean {
  return Date.parse(a) <= Date.parse(b);
}
