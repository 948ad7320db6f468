import { freeCapacity, waitingSince } from '../../../domain/src/family';
import type { FamilyEvent, FamilyState } from '../../../domain/src/family';
import { toCandidate } from '../../../domain/src/matching';
import type { Role } from '../../../domain/src/shared';
import type { FamilyProjection } from '../../../activities/src/family/family-projection';
import type { FamilyWorkflowInput } from './family-messages';
import { familyTasks } from './family-tasks';

/** The coordinator hears of a new application, of reminders and flags, and of a family leaving on its own. */
const COORDINATOR_HEARS_OF: FamilyEvent['type'][] = [
  'FamilyApplied',
  'ApplicationFollowUpReminded',
  'LongWaitFlagged',
  'FamilyWithdrew',
];

function recipientsOf(event: FamilyEvent): Role[] {
  return COORDINATOR_HEARS_OF.includes(event.type) ? ['coordinator'] : [];
}

function notificationSummary(event: FamilyEvent, displayName: string): string {
  switch (event.type) {
    case 'FamilyApplied':
      return `${displayName} applied to become a friendship family.`;
    case 'ApplicationFollowUpReminded':
      return `${displayName}'s application is still waiting for a home visit.`;
    case 'LongWaitFlagged':
      return `${displayName} has waited long for a child since approval.`;
    case 'FamilyWithdrew':
      return `${displayName} withdrew: ${event.reason}`;
    default:
      return event.type;
  }
}

/** The read-model view of the family after `events`, with everything from position `from` on still to be written. */
export function toFamilyProjection(
  input: FamilyWorkflowInput,
  state: FamilyState,
  events: FamilyEvent[],
  from: number,
): FamilyProjection {
  const displayName = state.contact?.displayName ?? input.application.contact.displayName;
  const newEvents = events.slice(from).map((event, offset) => {
    const { type, at, actor, familyId: _familyId, ...payload } = event;
    return { sequence: from + offset, type, at, actorId: actor.userId, actorRole: actor.role, payload };
  });
  const since = waitingSince(state);
  return {
    familyId: input.familyId,
    summary: {
      displayName,
      stage: state.stage,
      homeDistrict: state.household?.homeDistrict ?? null,
      capacity: state.household?.capacity ?? 0,
      freeCapacity: freeCapacity(state),
      linkedJourneyIds: [...state.reservations, ...state.activeMatches].map((link) => link.journeyId),
      appliedAt: state.appliedAt ?? events[0].at,
      approvedAt: state.approvedAt,
      waitingSince: since,
      flaggedLongWait: since !== null && state.longWaitFlaggedFor === since,
      candidate: toCandidate(state),
    },
    events: newEvents,
    eventCount: events.length,
    tasks: familyTasks(input.familyId, input.policy, events),
    notifications: newEvents.flatMap((event, offset) =>
      recipientsOf(events[from + offset]).map((recipientRole) => ({
        notificationId: `${input.familyId}/${event.sequence}/${recipientRole}`,
        recipientRole,
        kind: event.type,
        summary: notificationSummary(events[from + offset], displayName),
        createdAt: event.at,
      })),
    ),
  };
}
