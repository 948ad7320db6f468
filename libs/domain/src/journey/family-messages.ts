import type { Actor } from '../shared/actor';
import type { ConfirmMatch, EndMatch, ReleaseReservation } from '../family/family-commands';
import { JourneyEvent } from './events';
import { isFinalStage } from './stages';
import { JourneyState } from './state';

/** A command the journey sends to a family's workflow, to keep the family's side of their link in step. */
export interface FamilyMessage {
  familyId: string;
  command: ConfirmMatch | ReleaseReservation | EndMatch;
}

/** Who the journey is when it speaks to a family: the system, named after the journey's workflow id. */
export function journeySystemActor(journeyId: string): Actor {
  return { userId: `journey-${journeyId}`, role: 'system' };
}

/** What the journey's family holds for the child: a place while the match is proposed, or the match itself. */
interface FamilyHold {
  familyId: string;
  kind: 'reserved' | 'matched';
}

/**
 * The family's side of the link as the journey sees it. A match lasts through the closing goodbye
 * and ends when the course does: closed, withdrawn or lapsed, or continuing after the future
 * agreement (the relationship then goes on privately, outside the programme).
 */
function familyHold(state: JourneyState): FamilyHold | null {
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
 * before its event exists, because the family may refuse.
 */
export function familyMessagesFor(before: JourneyState, event: JourneyEvent, after: JourneyState): FamilyMessage[] {
  const was = familyHold(before);
  const now = familyHold(after);
  if (!was || (now?.familyId === was.familyId && now.kind === was.kind)) return [];
  const actor = journeySystemActor(before.journeyId);
  const journeyId = before.journeyId;
  const message = (command: FamilyMessage['command']): FamilyMessage[] => [{ familyId: was.familyId, command }];
  if (now?.familyId === was.familyId) return message({ type: 'ConfirmMatch', actor, journeyId });
  if (was.kind === 'reserved') return message({ type: 'ReleaseReservation', actor, journeyId, reason: reasonFor(event) });
  return message({ type: 'EndMatch', actor, journeyId, reason: reasonFor(event), afterwards: 'available' });
}

/** A place reserved for a proposal that the journey refused after all (another command changed the journey while the family answered) is given back. */
export function releaseUnusedPlace(journeyId: string, familyId: string): FamilyMessage {
  return {
    familyId,
    command: {
      type: 'ReleaseReservation',
      actor: journeySystemActor(journeyId),
      journeyId,
      reason: 'The proposal was not made: the journey changed while the family answered.',
    },
  };
}
