/** Dates as Danes write them, in Copenhagen time, whatever the browser's own zone. */
const TIME_ZONE = 'Europe/Copenhagen';
const dateTimeFormat = new Intl.DateTimeFormat('da-DK', { dateStyle: 'short', timeStyle: 'short', timeZone: TIME_ZONE });
const dateFormat = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: TIME_ZONE });
const dayKeyFormat = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: TIME_ZONE });

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dateTimeFormat.format(new Date(iso)) : '–';
}

export function formatDate(iso: string | null | undefined): string {
  return iso ? dateFormat.format(new Date(iso)) : '–';
}

/** The calendar day in Copenhagen, as "YYYY-MM-DD", so days compare as text. */
export function copenhagenDay(at: Date | string): string {
  return dayKeyFormat.format(typeof at === 'string' ? new Date(at) : at);
}

export function wholeDaysSince(iso: string, now: Date = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(iso)) / 86_400_000));
}

/** Hours and minutes between now and a moment: positive while time is left, negative once passed. */
export function hoursAndMinutes(iso: string, now: Date = new Date()): { overdue: boolean; hours: number; minutes: number } {
  const ms = Date.parse(iso) - now.getTime();
  const total = Math.floor(Math.abs(ms) / 60_000);
  return { overdue: ms < 0, hours: Math.floor(total / 60), minutes: total % 60 };
}

/** A value for <input type="datetime-local"> back to an ISO instant (the browser's zone is the user's). */
export function localInputToIso(value: string): string {
  return new Date(value).toISOString();
}

const longDateFormat = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE });

/** "7. december 2025": for people who plan their week by it (a family's visits), not for lists. */
export function formatLongDate(iso: string | null | undefined): string {
  return iso ? longDateFormat.format(new Date(iso)) : '–';
}
