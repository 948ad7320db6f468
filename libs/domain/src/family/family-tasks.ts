import { openTask, Task, TaskSpec } from '../tasks';
import { FamilyEvent } from './family-events';
import { waitingSince } from './family-queries';
import { FamilyState } from './family-state';

/** The task a reminder or a flag opens; the family's other events open none. */
function taskOpenedBy(state: FamilyState, event: FamilyEvent): TaskSpec | null {
  switch (event.type) {
    case 'ApplicationFollowUpReminded':
      return {
        taskId: 'application_follow_up',
        kind: 'family_application_follow_up',
        assigneeRole: 'coordinator',
        dueAt: event.dueAt,
        summary: "Follow up the family's application with a home visit.",
      };
    case 'LongWaitFlagged':
      return {
        // Each waiting period is flagged at most once, so counting the flags gives a stable id.
        taskId: `long_wait:${state.tasks.filter((task) => task.kind === 'family_long_wait').length}`,
        kind: 'family_long_wait',
        assigneeRole: 'coordinator',
        dueAt: event.dueAt,
        summary: 'An approved family has waited long for a child: consider them in matching or check in with them.',
      };
    default:
      return null;
  }
}

/** Whether the reason for an open task still holds; once it does not, the task is done. */
function stillApplies(task: Task, state: FamilyState): boolean {
  switch (task.kind) {
    case 'family_application_follow_up':
      return state.stage === 'applied';
    case 'family_long_wait':
      // Only the latest flag's task can be open: a new period is flagged only after the last one ended.
      return waitingSince(state) === state.longWaitFlaggedFor;
    default:
      // A journey's kind: never opened for a family.
      return true;
  }
}

/**
 * The family's tasks once `event` made `state` (whose tasks are still those from before it): a fired
 * reminder or flag opens a task, and every open task whose reason no longer holds closes at the event.
 */
export function tasksAfter(state: FamilyState, event: FamilyEvent): Task[] {
  const spec = taskOpenedBy(state, event);
  const tasks = spec ? openTask(state.tasks, spec, event.at) : state.tasks;
  return tasks.map((task) => (task.status === 'open' && !stillApplies(task, state) ? { ...task, status: 'done', closedAt: event.at } : task));
}
