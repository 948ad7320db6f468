import { Role } from '../shared/actor';
import { Instant } from '../shared/time';
import { JourneyState } from './state';
import { pendingTimers } from './timers';

export interface ScheduleItem {
  kind: string;
  dueAt: Instant;
  overdue: boolean;
  assigneeRole: Role;
  summary: string;
  /** Set when the item is an open task (rather than something still ahead). */
  taskId?: string;
}

/**
 * What is due when: open tasks (overdue once past their due time), the agreed friendship meeting,
 * and the next occurrence of everything the timers will bring, sorted by due time.
 */
export function schedule(state: JourneyState, now: Instant): ScheduleItem[] {
  const nowMs = Date.parse(now);
  const overdue = (dueAt: Instant): boolean => Date.parse(dueAt) < nowMs;
  const openTasks: ScheduleItem[] = state.tasks
    .filter((task) => task.status === 'open')
    .map((task) => ({
      kind: task.kind,
      dueAt: task.dueAt,
      overdue: overdue(task.dueAt),
      assigneeRole: task.assigneeRole,
      summary: task.summary,
      taskId: task.taskId,
    }));
  const meetingAt = state.stage === 'friendship_meeting_scheduled' ? state.match?.meetingScheduledFor : undefined;
  const meeting: ScheduleItem[] = meetingAt
    ? [{ kind: 'friendship_meeting', dueAt: meetingAt, overdue: overdue(meetingAt), assigneeRole: 'coordinator', summary: 'Facilitate the friendship meeting.' }]
    : [];
  const ahead: ScheduleItem[] = pendingTimers(state)
    .filter((timer) => timer.assigneeRole !== 'system')
    .map((timer) => ({
      kind: timer.kind,
      dueAt: timer.fireAt,
      overdue: overdue(timer.fireAt),
      assigneeRole: timer.assigneeRole,
      summary: timer.summary,
    }));
  return [...openTasks, ...meeting, ...ahead].sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
}
