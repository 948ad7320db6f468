import type { Actor } from '../shared/actor';
import type { FamilyWithdrewSignal } from '../journey/commands';
import { FamilyEvent } from './family-events';
import { FamilyState } from './family-state';

/** A command the family sends to a child's journey when the family ended their link itself. */
export interface JourneyMessage {
  journeyId: string;
  command: FamilyWithdrewSignal;
}

/** Who the family is when it speaks to a journey: the system, named after the family's workflow id. */
export function familySystemActor(familyId: string): Actor {
  return { userId: `family-${familyId}`, role: 'system' };
}

/**
 * What one family event means for the children's journeys linked to it. A journey's own commands
 * come with the system role and need no answer; a link the family ended itself does: a reservation
 * released by a person (the family paused, retired, withdrew, or the coordinator released it) or a
 * match ended from the family's side. Withdrawing also leaves every running match behind, so each
 * of those journeys is told (retiring does not: those children keep visiting until their course ends).
 * The journey's domain decides what FamilyWithdrew means at its stage.
 */
export function journeyMessagesFor(before: FamilyState, event: FamilyEvent): JourneyMessage[] {
  const message = (journeyId: string, reason: string): JourneyMessage => ({
    journeyId,
    command: { type: 'FamilyWithdrew', actor: familySystemActor(event.familyId), familyId: event.familyId, reason },
  });
  switch (event.type) {
    case 'ReservationReleased':
    case 'MatchEnded':
      return event.actor.role === 'system' ? [] : [message(event.journeyId, event.reason)];
    case 'FamilyWithdrew':
      return before.activeMatches.map((link) => message(link.journeyId, event.reason));
    default:
      return [];
  }
}
