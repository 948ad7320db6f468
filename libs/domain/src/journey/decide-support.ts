import { Actor } from '../shared/actor';
import { addDays, Instant } from '../shared/time';
import { ConcernRaised } from './events';
import { JourneyState } from './state';
import { ConcernSource } from './vocabulary';

export function isInstant(value: unknown): value is Instant {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

/** Free text from a command, or empty: a note is optional and must not break the history if it is missing. */
export function textOrEmpty(text: unknown): string {
  return typeof text === 'string' ? text : '';
}

/** An optional note is kept only when given, so events carry no empty fields. */
export function optionalNote(note: string | undefined): { note?: string } {
  return note === undefined ? {} : { note };
}

export function isFilledIn(text: unknown): text is string {
  return typeof text === 'string' && text.trim().length > 0;
}

/** A concern must be assessed within the SLA; the deadline is fixed when it is raised. */
export function concernRaised(
  state: JourneyState,
  at: Instant,
  actor: Actor,
  source: ConcernSource,
  description: string,
  logbookWeek?: number,
): ConcernRaised {
  const { concernAssessmentSlaHours, dayLengthMs } = state.policy;
  return {
    type: 'ConcernRaised',
    at,
    actor,
    concernId: `concern:${state.concerns.length + 1}`,
    source,
    description,
    ...(logbookWeek === undefined ? {} : { logbookWeek }),
    assessmentDueAt: addDays(at, concernAssessmentSlaHours / 24, dayLengthMs),
  };
}
