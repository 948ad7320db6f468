import type { ConfirmMatch, EndMatch, ReleaseReservation } from '../../../domain/src/family';
import type { FamilyWithdrewSignal } from '../../../domain/src/journey';

/**
 * What a journey's workflow asks of a family's workflow, and what a family's workflow tells a
 * journey's. Each carries what makes it safe to send again after a lost answer: the family's
 * update id (Temporal answers a repeated update id with the first outcome instead of applying it twice).
 */

/** ProposeMatch holds one of the family's places first; the family may refuse. */
export interface FamilyPlaceRequest {
  familyId: string;
  journeyId: string;
  updateId: string;
}

/** What happened in the journey, as the command that keeps the family's side of the link in step. */
export interface FamilyEffect {
  familyId: string;
  updateId: string;
  command: ConfirmMatch | ReleaseReservation | EndMatch;
}

/** The family ended a link itself (withdrew, paused, or ended a match from its side): the journey is told. */
export interface JourneyNotice {
  journeyId: string;
  command: FamilyWithdrewSignal;
}
