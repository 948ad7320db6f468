import { Instant } from '../shared/time';
import { Task, TaskKind } from '../tasks';

/** Kinds that belong to the weekly friendship; they stop when the course ends or closes. */
export const RELATIONSHIP_TASK_KINDS: readonly TaskKind[] = [
  'logbook_missing',
  'logbook_screening',
  'stability_alert',
  'supervision',
  'follow_up_child',
  'follow_up_parents',
  'review_upcoming',
  'review_overdue',
];

/** Kinds about getting the child to a family; they stop once the child is matched or the journey ends. */
export const INTAKE_TASK_KINDS: readonly TaskKind[] = ['consent_reminder', 'screening_overdue', 'matching_reminder', 'matching_escalation'];

export const CONCERN_TASK_KINDS: readonly TaskKind[] = ['concern_assessment', 'concern_escalation'];

export function closeTasks(
  tasks: Task[],
  which: (task: Task) => boolean,
  at: Instant,
  resolution: NonNullable<Task['resolution']>,
): Task[] {
  return tasks.map((task) => (task.status === 'open' && which(task) ? { ...task, status: 'done', closedAt: at, resolution } : task));
}

export const ofKinds =
  (kinds: readonly TaskKind[]) =>
  (task: Task): boolean =>
    kinds.includes(task.kind);

export const withId =
  (taskId: string) =>
  (task: Task): boolean =>
    task.taskId === taskId;
