import { Actor, Decision, Instant, accept, isOneOf, refuse } from '../shared';
import { ConfirmMatch, EndMatch, ReleaseReservation, ReserveForJourney } from './family-commands';
import { FamilyEvent } from './family-events';
import { FamilyState } from './family-state';
import { MATCHABLE_STAGES } from './family-stage';
import { freeCapacity, isLinkedToJourney } from './family-queries';
import { pauseEvents } from './release-reservations';
import { eventBase } from './event-base';
import { isFilled } from './is-filled';
import { AFTER_MATCH } from './vocabulary';

type JourneyLinkCommand = ReserveForJourney | ReleaseReservation | ConfirmMatch | EndMatch;

/**
 * A family's links to children's journeys. A proposed match reserves a place, so two children are
 * never offered the same last place; the place is freed if either side declines, or kept as a match.
 */
export function decideJourneyLink(
  state: FamilyState,
  command: JourneyLinkCommand,
  now: Instant,
): Decision<FamilyEvent> {
  const base = eventBase(state, command.actor, now);
  if (!isFilled(command.journeyId)) {
    return refuse('family.journey_required', "Say which child's journey this is about.");
  }
  const { journeyId } = command;
  switch (command.type) {
    case 'ReserveForJourney': {
      if (isLinkedToJourney(state, journeyId)) {
        return refuse('family.already_linked_to_journey', 'The family is already proposed or matched for this child.');
      }
      if (!MATCHABLE_STAGES.includes(state.stage)) {
        return refuse('family.not_available', `The family is not available for a child (it is ${describe(state)}).`);
      }
      if (freeCapacity(state) === 0) {
        return refuse('family.no_free_capacity', 'Every place the family offers is already taken or proposed.');
      }
      return accept({ ...base, type: 'FamilyReservedForJourney', journeyId });
    }
    case 'ReleaseReservation': {
      if (!hasReservation(state, journeyId)) {
        return refuse('family.no_reservation_for_journey', 'The family has no proposed match for this child.');
      }
      if (!isFilled(command.reason)) return refuse('family.reason_required', 'Say why the proposed match is released.');
      return accept({ ...base, type: 'ReservationReleased', journeyId, reason: command.reason });
    }
    case 'ConfirmMatch': {
      if (state.activeMatches.some((link) => link.journeyId === journeyId)) {
        return refuse('family.match_already_confirmed', 'The match with this child is already confirmed.');
      }
      if (!hasReservation(state, journeyId)) {
        return refuse('family.no_reservation_for_journey', 'The family has no proposed match for this child.');
      }
      return accept({ ...base, type: 'MatchConfirmed', journeyId });
    }
    case 'EndMatch':
      return endMatch(state, command, now);
  }
}

/** After a match ends the family says whether it is ready for a new child or wants a break. */
function endMatch(state: FamilyState, command: EndMatch, now: Instant): Decision<FamilyEvent> {
  if (!state.activeMatches.some((link) => link.journeyId === command.journeyId)) {
    return refuse('family.no_active_match_for_journey', 'The family has no active match with this child.');
  }
  if (!isFilled(command.reason)) return refuse('family.reason_required', 'Say why the match ended.');
  if (!isOneOf(AFTER_MATCH, command.afterwards)) {
    return refuse('family.afterwards_required', 'Say whether the family is available again or pauses.');
  }
  const ended: FamilyEvent = {
    ...eventBase(state, command.actor, now),
    type: 'MatchEnded',
    journeyId: command.journeyId,
    reason: command.reason,
  };
  return accept(ended, ...followUpAvailability(state, command.afterwards, command.actor, now));
}

function followUpAvailability(state: FamilyState, afterwards: EndMatch['afterwards'], actor: Actor, now: Instant) {
  if (afterwards === 'paused' && MATCHABLE_STAGES.includes(state.stage)) {
    return pauseEvents(state, actor, now, 'Paused after a match ended.');
  }
  if (afterwards === 'available' && state.stage === 'paused') {
    return [{ ...eventBase(state, actor, now), type: 'FamilyResumed' as const }];
  }
  return [];
}

function hasReservation(state: FamilyState, journeyId: string): boolean {
  return state.reservations.some((link) => link.journeyId === journeyId);
}

function describe(state: FamilyState): string {
  return state.stage === 'paused' ? 'paused' : `at the stage "${state.stage.replace(/_/g, ' ')}"`;
}
