import type { FamilyEvent, FamilyState } from '../../../domain/src/family';
import type { JourneyNotice } from '../../../activities/src/links/link-messages';
import { familyWorkflowId } from './family-messages';

/**
 * What one family event means for the children's journeys linked to it. A journey's own commands
 * come with the system role and need no answer; a link the family ended itself does: a reservation
 * released by a person (the family paused, retired, withdrew, or the coordinator released it) or a
 * match ended from the family's side. Withdrawing also leaves every running match behind, so each
 * of those journeys is told (retiring does not: those children keep visiting until their course ends).
 * The journey's domain decides what FamilyWithdrew means at its stage.
 */
export function journeyNotices(before: FamilyState, event: FamilyEvent): JourneyNotice[] {
  const notice = (journeyId: string, reason: string): JourneyNotice => ({
    journeyId,
    command: { type: 'FamilyWithdrew', actor: { userId: familyWorkflowId(event.familyId), role: 'system' }, familyId: event.familyId, reason },
  });
  switch (event.type) {
    case 'ReservationReleased':
    case 'MatchEnded':
      return event.actor.role === 'system' ? [] : [notice(event.journeyId, event.reason)];
    case 'FamilyWithdrew':
      return before.activeMatches.map((link) => notice(link.journeyId, event.reason));
    default:
      return [];
  }
}
