import { isFinalStage } from '../../../domain/src/journey';
import type { JourneyEvent, JourneyState } from '../../../domain/src/journey';
import type { FamilyEffect } from '../../../activities/src/links/link-messages';
import { journeyWorkflowId } from './journey-messages';

/** What the journey's family holds for the child: a place while the match is proposed, or the match itself. */
export interface FamilyHold {
  familyId: string;
  kind: 'reserved' | 'matched';
}

/**
 * The family's side of the link as the journey sees it. A match lasts through the closing goodbye
 * and ends when the course does: closed, withdrawn or lapsed, or continuing after the future
 * agreement (the relationship then goes on privately, outside the programme).
 */
export function familyHold(state: JourneyState): FamilyHold | null {
  if (isFinalStage(state.stage) || state.stage === 'continuing') return null;
  if (state.match) return { familyId: state.match.familyId, kind: 'matched' };
  if (state.proposal) return { familyId: state.proposal.familyId, kind: 'reserved' };
  return null;
}

/** Why the link ended, in the family's history. */
function reasonFor(event: JourneyEvent): string {
  switch (event.type) {
    case 'MatchDeclined':
      return `The ${event.side === 'child' ? "child's" : "family's"} side declined: ${event.reason}`;
    case 'FriendshipMeetingFailed':
      return `The friendship meeting did not work out: ${event.reason}`;
    case 'FamilyWithdrew':
      return `The family left: ${event.reason}`;
    case 'ConsentWithdrawn':
      return 'Consent for the child was withdrawn.';
    case 'JourneyClosed':
      return `The course closed (${event.reason.replace(/_/g, ' ')}).`;
    case 'FutureAgreementRecorded':
      return 'The course ended with a future agreement.';
    case 'RematchAccepted':
      return 'The child is offered a new family.';
    default:
      return `The child's journey moved on (${event.type}).`;
  }
}

/**
 * What one journey event means for the family, found by comparing the family's hold before and
 * after it: a proposal that became a match is confirmed, a proposal that went away (declined, the
 * family left, the journey closed) releases the place, and a match that went away (meeting failed,
 * rematch, course over) ends the match with the family available again — a family that wants a
 * break pauses with its own command. The reservation itself is not here: ProposeMatch makes it
 * before its event exists, because the family may refuse. `position` is the event's index in the
 * journey's history, so each effect has an update id that is the same on every retry and replay.
 */
export function familyEffects(before: JourneyState, event: JourneyEvent, after: JourneyState, position: number): FamilyEffect[] {
  const was = familyHold(before);
  const now = familyHold(after);
  if (!was || (now?.familyId === was.familyId && now.kind === was.kind)) return [];
  const { journeyId } = before;
  const actor = { userId: journeyWorkflowId(journeyId), role: 'system' as const };
  const effect = (command: FamilyEffect['command']): FamilyEffect[] => [
    { familyId: was.familyId, updateId: `${journeyId}:${position}:${command.type}`, command },
  ];
  if (now?.familyId === was.familyId) return effect({ type: 'ConfirmMatch', actor, journeyId });
  if (was.kind === 'reserved') return effect({ type: 'ReleaseReservation', actor, journeyId, reason: reasonFor(event) });
  return effect({ type: 'EndMatch', actor, journeyId, reason: reasonFor(event), afterwards: 'available' });
}

/**
 * A place reserved for a proposal that the journey refused after all (another command changed the
 * journey while the family answered) is given back, under an update id derived from the reservation's.
 */
export function releaseUnusedPlace(journeyId: string, request: { familyId: string; updateId: string }): FamilyEffect {
  return {
    familyId: request.familyId,
    updateId: `${request.updateId}:release`,
    command: {
      type: 'ReleaseReservation',
      actor: { userId: journeyWorkflowId(journeyId), role: 'system' },
      journeyId,
      reason: 'The proposal was not made: the journey changed while the family answered.',
    },
  };
}
