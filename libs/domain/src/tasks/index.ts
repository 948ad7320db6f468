export { TASK_KINDS, JOURNEY_TASK_KINDS, FAMILY_TASK_KINDS, isTaskKind } from './task-kinds';
export type { TaskKind, JourneyTaskKind, FamilyTaskKind } from './task-kinds';
export { TASK_CLOSED_BY } from './task-closed-by';
export type { ClosingAction } from './task-closed-by';
export { openTask } from './task';
export type { Task, TaskSpec } from './task';
