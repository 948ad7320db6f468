import { Decision, Instant, accept, isOneOf, refuse } from '../shared';
import { AddCoordinatorNote, Pause, Resume, Retire, Withdraw } from './family-commands';
import { FamilyEvent } from './family-events';
import { FamilyState } from './family-state';
import { MATCHABLE_STAGES } from './family-stage';
import { pauseEvents, releaseAllReservations } from './release-reservations';
import { eventBase } from './event-base';
import { isFilled } from './is-filled';
import { NOTE_SENTIMENTS } from './vocabulary';

type AvailabilityCommand = Pause | Resume | Retire | Withdraw | AddCoordinatorNote;

/**
 * Whether the family can take a new child: pausing and retiring stop new proposals but let the
 * children already visiting keep coming until their course ends with a planned goodbye.
 */
export function decideAvailability(
  state: FamilyState,
  command: AvailabilityCommand,
  now: Instant,
): Decision<FamilyEvent> {
  const base = eventBase(state, command.actor, now);
  switch (command.type) {
    case 'Pause':
      if (state.stage === 'paused') return refuse('family.already_paused', 'The family is already paused.');
      if (!MATCHABLE_STAGES.includes(state.stage)) {
        return refuse('family.not_yet_approved', 'Only an approved family can pause.');
      }
      return accept(...pauseEvents(state, command.actor, now, optionalNote(command.note)));
    case 'Resume':
      if (state.stage !== 'paused') return refuse('family.not_paused', 'The family is not paused.');
      return accept({ ...base, type: 'FamilyResumed' });
    case 'Retire':
      if (!MATCHABLE_STAGES.includes(state.stage) && state.stage !== 'paused') {
        return refuse('family.not_yet_approved', 'A family that is not yet approved withdraws instead of retiring.');
      }
      return accept(
        ...releaseAllReservations(state, command.actor, now, 'The family retired.'),
        { ...base, type: 'FamilyRetired', note: optionalNote(command.note) },
      );
    case 'Withdraw':
      if (!isFilled(command.reason)) return refuse('family.reason_required', 'Say why the family withdraws.');
      return accept(
        ...releaseAllReservations(state, command.actor, now, 'The family withdrew.'),
        { ...base, type: 'FamilyWithdrew', reason: command.reason, fromStage: state.stage },
      );
    case 'AddCoordinatorNote': {
      if (!isFilled(command.noteId) || !isFilled(command.text)) {
        return refuse('family.note_empty', 'A note needs an id and some text.');
      }
      if (state.coordinatorNotes.some((existing) => existing.noteId === command.noteId)) {
        return refuse('family.duplicate_note', 'A note with this id has already been added.');
      }
      const sentiment = command.sentiment ?? 'neutral';
      if (!isOneOf(NOTE_SENTIMENTS, sentiment)) {
        return refuse('family.unknown_sentiment', `A note's sentiment is one of: ${NOTE_SENTIMENTS.join(', ')}.`);
      }
      return accept({ ...base, type: 'CoordinatorNoteAdded', noteId: command.noteId, text: command.text, sentiment });
    }
  }
}

function optionalNote(note: string | undefined): string | null {
  return isFilled(note) ? note : null;
}
