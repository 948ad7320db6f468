import { isOneOf } from '../shared/one-of';
import { accept, Decision, refuse } from '../shared/refusal';
import { Instant } from '../shared/time';
import { AssessConcern, RaiseConcern } from './commands';
import { concernRaised, isFilledIn } from './decide-support';
import { JourneyEvent } from './events';
import { JourneyState } from './state';
import { CONCERN_OUTCOMES, CONCERN_SOURCES } from './vocabulary';

export function decideRaiseConcern(state: JourneyState, command: RaiseConcern, now: Instant): Decision<JourneyEvent> {
  if (!isOneOf(CONCERN_SOURCES, command.source)) {
    return refuse('concern_source_invalid', 'Say whether the concern came from a logbook or a conversation.');
  }
  if (!isFilledIn(command.description)) return refuse('description_missing', 'Describe what gives cause for concern.');
  return accept(concernRaised(state, now, command.actor, command.source, command.description));
}

export function decideAssessConcern(state: JourneyState, command: AssessConcern, now: Instant): Decision<JourneyEvent> {
  const concern = state.concerns.find((c) => c.concernId === command.concernId);
  if (!concern) return refuse('concern_not_found', 'There is no such concern on this journey.');
  if (concern.status !== 'open') return refuse('concern_already_assessed', 'This concern has already been assessed.');
  if (!isOneOf(CONCERN_OUTCOMES, command.outcome)) {
    return refuse('concern_outcome_invalid', 'Choose no action, a talk with the family, or a notification to the municipality.');
  }
  if (!isFilledIn(command.note)) return refuse('note_missing', 'Write down the reasoning behind the assessment.');
  return accept({ type: 'ConcernAssessed', at: now, actor: command.actor, concernId: concern.concernId, outcome: command.outcome, note: command.note });
}
