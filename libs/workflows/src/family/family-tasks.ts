import { evolve, initialFamilyState, waitingSince } from '../../../domain/src/family';
import type { FamilyEvent, FamilyPolicy, FamilyState } from '../../../domain/src/family';
import type { FamilyProjection } from '../../../activities/src/family/family-projection';

type FamilyTask = FamilyProjection['tasks'][number];

interface TrackedTask {
  task: FamilyTask;
  /** Whether the reason for the task still holds; once it does not, the task is done. */
  stillApplies: (state: FamilyState) => boolean;
}

/**
 * The family's reminders as tasks. The family domain has no task list of its own (its timers only
 * record that a reminder or a flag fired), so the tasks are derived here by replaying the events:
 * each fired reminder opens a task, and the first event after which it no longer applies closes it.
 */
export function familyTasks(familyId: string, policy: FamilyPolicy, events: readonly FamilyEvent[]): FamilyTask[] {
  let state = initialFamilyState(familyId, policy);
  const tracked: TrackedTask[] = [];
  for (const event of events) {
    state = evolve(state, event);
    const earlierLongWaits = tracked.filter((entry) => entry.task.kind === LONG_WAIT).length;
    const opened = taskOpenedBy(event, earlierLongWaits);
    if (opened) tracked.push(opened);
    for (const entry of tracked) {
      if (entry.task.status === 'open' && !entry.stillApplies(state)) {
        entry.task = { ...entry.task, status: 'done', closedAt: event.at };
      }
    }
  }
  return tracked.map((entry) => entry.task);
}

const LONG_WAIT = 'family_long_wait';

function taskOpenedBy(event: FamilyEvent, earlierLongWaits: number): TrackedTask | null {
  const opened = { assigneeRole: 'coordinator', status: 'open' as const, openedAt: event.at, closedAt: null };
  switch (event.type) {
    case 'ApplicationFollowUpReminded':
      return {
        task: {
          ...opened,
          taskId: 'application_follow_up',
          kind: 'family_application_follow_up',
          dueAt: event.dueAt,
          summary: "Follow up the family's application with a home visit.",
        },
        stillApplies: (state) => state.stage === 'applied',
      };
    case 'LongWaitFlagged':
      return {
        task: {
          ...opened,
          // Each waiting period is flagged at most once, so counting the flags gives a stable id.
          taskId: `long_wait:${earlierLongWaits}`,
          kind: LONG_WAIT,
          dueAt: event.dueAt,
          summary: 'An approved family has waited long for a child: consider them in matching or check in with them.',
        },
        stillApplies: (state) => waitingSince(state) === event.waitingSince,
      };
    default:
      return null;
  }
}
