import type { Task } from '../api/types';
// Tasks that open once a week count in weeks on a card, the rest in times.
import { WEEKLY_TASK_KINDS } from '../domain';

/** The open tasks of one kind for one child (or family): one card instead of one per week. */
export interface TaskGroup {
  key: string;
  kind: string;
  journeyId: string | null;
  familyId: string | null;
  count: number;
  /** The word the count takes: a weekly task piles up weeks, any other task times. */
  unit: 'weeks' | 'times';
  earliestDueAt: string;
  overdue: boolean;
}

/** One group per (child or family, kind), soonest due first. */
export function groupTasks(tasks: Task[], now: Date): TaskGroup[] {
  const groups = new Map<string, TaskGroup>();
  for (const task of tasks) {
    const key = `${task.journeyId ?? ''}|${task.familyId ?? ''}|${task.kind}`;
    const overdue = task.overdue || Date.parse(task.dueAt) < now.getTime();
    const group = groups.get(key);
    if (group) {
      group.count += 1;
      group.overdue ||= overdue;
      if (Date.parse(task.dueAt) < Date.parse(group.earliestDueAt)) group.earliestDueAt = task.dueAt;
    } else {
      const unit = (WEEKLY_TASK_KINDS as readonly string[]).includes(task.kind) ? 'weeks' : 'times';
      groups.set(key, { key, kind: task.kind, journeyId: task.journeyId, familyId: task.familyId, count: 1, unit, earliestDueAt: task.dueAt, overdue });
    }
  }
  return [...groups.values()].sort((a, b) => Date.parse(a.earliestDueAt) - Date.parse(b.earliestDueAt));
}
