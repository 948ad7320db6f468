import { addDays, Instant } from '../shared/time';
import { JourneyState, LogbookEntry, Match, Pause } from './state';

/**
 * Visit weeks are counted from the friendship meeting in units of visitIntervalDays:
 * week 1 starts at the meeting, week n covers [meeting + (n-1)·interval, meeting + n·interval).
 */
export type MetMatch = Match & { meeting: NonNullable<Match['meeting']> };

export function currentMetMatch(state: JourneyState): MetMatch | null {
  return state.match?.meeting ? (state.match as MetMatch) : null;
}

export function weekStart(state: JourneyState, match: MetMatch, week: number): Instant {
  return addDays(match.meeting.heldAt, (week - 1) * state.policy.visitIntervalDays, state.policy.dayLengthMs);
}

export function weekEnd(state: JourneyState, match: MetMatch, week: number): Instant {
  return addDays(match.meeting.heldAt, week * state.policy.visitIntervalDays, state.policy.dayLengthMs);
}

export function weekOf(state: JourneyState, match: MetMatch, at: Instant): number {
  const intervalMs = state.policy.visitIntervalDays * state.policy.dayLengthMs;
  return Math.floor((Date.parse(at) - Date.parse(match.meeting.heldAt)) / intervalMs) + 1;
}

export function pausesOf(state: JourneyState, match: MetMatch): Pause[] {
  return state.pauses.filter((pause) => pause.matchNumber === match.matchNumber);
}

export function openPause(state: JourneyState): Pause | null {
  const match = currentMetMatch(state);
  return (match && pausesOf(state, match).find((pause) => pause.until === undefined)) ?? null;
}

/** A week touched by a pause at all is paused: a holiday or illness excuses the whole week. */
export function isWeekPaused(state: JourneyState, match: MetMatch, week: number): boolean {
  const start = Date.parse(weekStart(state, match, week));
  const end = Date.parse(weekEnd(state, match, week));
  return pausesOf(state, match).some(
    (pause) => Date.parse(pause.from) < end && (pause.until === undefined || Date.parse(pause.until) > start),
  );
}

export function logbookOf(state: JourneyState, match: MetMatch): LogbookEntry[] {
  return state.logbook.filter((entry) => entry.matchNumber === match.matchNumber);
}

export function hasLogbookEntry(state: JourneyState, match: MetMatch, week: number): boolean {
  return state.logbook.some((entry) => entry.matchNumber === match.matchNumber && entry.week === week);
}
