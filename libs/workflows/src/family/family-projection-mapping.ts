import { familyNotificationsFor, freeCapacity, waitingSince } from '@venskab/domain/family';
import type { FamilyEvent, FamilyState } from '@venskab/domain/family';
import { toCandidate } from '@venskab/domain/matching';
import type { FamilyProjection } from '@venskab/contracts';
import type { FamilyWorkflowInput } from '@venskab/contracts';

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
    tasks: state.tasks.map((task) => ({ ...task, closedAt: task.closedAt ?? null })),
    notifications: newEvents.flatMap((event, offset) =>
      familyNotificationsFor(events[from + offset], displayName).map((notice) => ({
        notificationId: `${input.familyId}/${event.sequence}/${notice.recipientRole}`,
        ...notice,
        createdAt: event.at,
      })),
    ),
  };
}
