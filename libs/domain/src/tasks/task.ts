import { Role } from '../shared/actor';
import { Instant } from '../shared/time';
import { TaskKind } from './task-kinds';

/** Something a person has to do, opened and closed by the aggregate's own events. */
export interface Task {
  /** Deterministic, so each cause opens its task once (e.g. "logbook_missing:0-5" = first family, week 5). */
  taskId: string;
  kind: TaskKind;
  assigneeRole: Role;
  dueAt: Instant;
  status: 'open' | 'done';
  openedAt: Instant;
  closedAt?: Instant;
  /** Why a done journey task closed: the work was done, or the journey moved on so it no longer applies. */
  resolution?: 'fulfilled' | 'no_longer_needed';
  summary: string;
}

export type TaskSpec = Pick<Task, 'taskId' | 'kind' | 'assigneeRole' | 'dueAt' | 'summary'>;

/** Opens the task unless one with its id exists, so a task is opened once however often its cause recurs. */
export function openTask(tasks: Task[], spec: TaskSpec, at: Instant): Task[] {
  if (tasks.some((task) => task.taskId === spec.taskId)) return tasks;
  return [...tasks, { ...spec, status: 'open', openedAt: at }];
}
