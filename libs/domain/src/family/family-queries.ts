import { Instant } from '../shared';
import { HouseholdAdult } from './household';
import { FamilyState } from './family-state';
import { LEFT_STAGES } from './family-stage';

/**
 * Places left for new children: capacity minus proposed matches (reservations) minus active matches.
 * Counted whatever the stage, so "paused" and "full" stay separate reasons a family cannot be offered a child.
 */
export function freeCapacity(state: FamilyState): number {
  if (!state.household) return 0;
  return Math.max(0, state.household.capacity - state.reservations.length - state.activeMatches.length);
}

/**
 * When the family became available for a child and has not had one since, or null when it is not
 * waiting now (not approved, matched, paused, or every place held by a proposed match). A declined
 * proposal does not cost the family its place in line, so the original start is kept.
 */
export function waitingSince(state: FamilyState): Instant | null {
  if (state.stage !== 'approved' || freeCapacity(state) === 0) return null;
  return state.waitingPeriodStart;
}

/** Nothing more can happen: the family has left and no child is linked to it any more. */
export function isFamilyFinished(state: FamilyState): boolean {
  return LEFT_STAGES.includes(state.stage) && state.reservations.length === 0 && state.activeMatches.length === 0;
}

export function adultsWithoutCertificate(state: FamilyState): HouseholdAdult[] {
  return (state.household?.adults ?? []).filter((adult) => !state.certificates[adult.adultId]);
}

export function isLinkedToJourney(state: FamilyState, journeyId: string): boolean {
  return [...state.reservations, ...state.activeMatches].some((link) => link.journeyId === journeyId);
}
