import type { JourneyState as DomainJourneyState } from '@venskab/domain/journey/state';
import { weekStart, type MetMatch } from '@venskab/domain/journey/visit-weeks';
import type { JourneyState, LogbookEntry } from '../api/types';

const DAY_MS = 86_400_000;
const weekdayInCopenhagen = new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone: 'Europe/Copenhagen' });

/** The agreed visit day within the week that starts at `startsAt` (the week's first day when no day was agreed). */
export function visitDay(startsAt: string, weekday: string | undefined): string {
  const start = Date.parse(startsAt);
  const offset = Array.from({ length: 7 }, (_, day) => day).find((day) => weekdayInCopenhagen.format(new Date(start + day * DAY_MS)).toLowerCase() === weekday);
  return new Date(start + (offset ?? 0) * DAY_MS).toISOString();
}

/**
 * The day a logbook entry is about, as the family knows it: the date they gave, else the agreed
 * weekday in the entry's visit week (of the match it was written under), else the day it was written.
 */
export function logbookEntryDay(state: JourneyState, entry: LogbookEntry): string {
  if (entry.visitDate) return entry.visitDate;
  const match = [state.match, ...(state.previousMatches ?? [])].find((candidate) => candidate?.matchNumber === entry.matchNumber);
  if (!match?.meeting) return entry.writtenAt;
  // The page's state is the domain's state as the API sends it; its type here names only what the pages read.
  const startsAt = weekStart(state as unknown as DomainJourneyState, match as unknown as MetMatch, entry.week);
  return visitDay(startsAt, match.meeting.agreement?.weekday);
}
