import { Actor, Instant } from '../shared';
import { FamilyEvent } from './family-events';
import { FamilyState } from './family-state';
import { eventBase } from './event-base';

/**
 * A family that stops being available gives back the places held for proposed matches at once,
 * so the children waiting on those proposals can be offered another family.
 */
export function releaseAllReservations(state: FamilyState, actor: Actor, now: Instant, reason: string): FamilyEvent[] {
  return state.reservations.map(({ journeyId }) => ({
    ...eventBase(state, actor, now),
    type: 'ReservationReleased' as const,
    journeyId,
    reason,
  }));
}

/** Pausing, whether asked for directly or when a match ends, first gives back the held places. */
export function pauseEvents(state: FamilyState, actor: Actor, now: Instant, note: string | null): FamilyEvent[] {
  return [
    ...releaseAllReservations(state, actor, now, 'The family paused.'),
    { ...eventBase(state, actor, now), type: 'FamilyPaused', note },
  ];
}
