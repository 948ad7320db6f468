import { Role } from '../shared/actor';
import { Instant } from '../shared/time';
import { JourneyTask } from './state';

export interface TaskSpec {
  taskId: string;
  kind: string;
  assigneeRole: Role;
  dueAt: Instant;
  summary: string;
}

/** Kinds that belong to the weekly friendship; they stop when the course ends or closes. */
export const RELATIONSHIP_TASK_KINDS = [
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
export const INTAKE_TASK_KINDS = ['consent_reminder', 'screening_overdue', 'matching_reminder', 'matching_escalation'];

export const CONCERN_TASK_KINDS = ['concern_assessment', 'concern_escalation'];

export function openTask(tasks: JourneyTask[], spec: TaskSpec, at: Instant): JourneyTask[] {
  if (tasks.some((task) => task.taskId === spec.taskId)) return tasks;
  return [...tasks, { ...spec, status: 'open', openedAt: at }];
}

export function closeTasks(
  tasks: JourneyTask[],
  which: (task: JourneyTask) => boolean,
  at: Instant,
  resolution: NonNullable<JourneyTask['resolution']>,
): JourneyTask[] {
  return tasks.map((task) => (task.status === 'open' && which(task) ? { ...task, status: 'done', closedAt: at, resolution } : task));
}

export const ofKinds =
  (kinds: readonly string[]) =>
  (task: JourneyTask): boolean =>
    kinds.includes(task.kind);

export const withId =
  (taskId: string) =>
  (task: JourneyTask): boolean =>
    task.taskId === taskId;
