import { isMilestone, journeyNotificationsFor, schedule } from '@venskab/domain/journey';
import type { Instant, JourneyEvent, JourneyState } from '@venskab/domain/journey';
import type { JourneyProjection } from '@venskab/contracts';
import type { JourneyWorkflowInput } from '@venskab/contracts';

/** The read-model view of the journey after `events`, with everything from position `from` on still to be written. */
export function toJourneyProjection(
  input: JourneyWorkflowInput,
  state: JourneyState,
  events: JourneyEvent[],
  from: number,
  now: Instant,
  /** Task rows as last written (task id → JSON); unchanged tasks are left out. */
  projectedTasks: ReadonlyMap<string, string> = new Map(),
): JourneyProjection {
  const items = schedule(state, now);
  const upcoming = items.filter((item) => !item.overdue).sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
  const referral = state.referral ?? { ...input.referral.child, referredAt: now, referredBy: input.referral.actor };
  const newEvents = events.slice(from).map((event, offset) => {
    const { type, at, actor, ...payload } = event;
    return { sequence: from + offset, type, at, actorId: actor.userId, actorRole: actor.role, milestone: isMilestone(event), payload };
  });
  return {
    journeyId: input.journeyId,
    summary: {
      stage: state.stage,
      programme: input.programme,
      caseworkerId: referral.referredBy.userId,
      caseworkerUnit: referral.caseworkerUnit,
      childLabel: input.childLabel,
      childAge: referral.age,
      familyId: state.match?.familyId ?? state.proposal?.familyId ?? null,
      referredAt: referral.referredAt,
      stageEnteredAt: state.stageEnteredAt[state.stage] ?? referral.referredAt,
      matchedAt: state.match?.matchedAt ?? null,
      endedAt: state.endedAt,
      rematchCount: state.rematchCount,
      cancelledVisits: state.cancellations.length,
      nextDueAt: upcoming[0]?.dueAt ?? null,
      overdue: items.some((item) => item.overdue),
      dayLengthMs: state.policy.dayLengthMs,
    },
    events: newEvents,
    eventCount: events.length,
    tasks: state.tasks
      .map((task) => ({ ...task, closedAt: task.closedAt ?? null }))
      .filter((task) => projectedTasks.get(task.taskId) !== JSON.stringify(task)),
    notifications: newEvents.flatMap((event, offset) =>
      journeyNotificationsFor(events[from + offset]).map((notice) => ({
        notificationId: `${input.journeyId}/${event.sequence}/${notice.recipientRole}`,
        ...notice,
        createdAt: event.at,
      })),
    ),
  };
}
