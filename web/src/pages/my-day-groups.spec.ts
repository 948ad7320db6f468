/// <reference types="jest" />
import type { Task } from '../api/types';
import { groupTasks } from './my-day-groups';

const now = new Date('2025-03-10T12:00:00.000Z');

function task(taskId: string, kind: string, dueAt: string, journeyId: string | null = 'j-1', familyId: string | null = null): Task {
  return { taskId, journeyId, familyId, kind, assigneeRole: 'coordinator', dueAt, status: 'open', overdue: Date.parse(dueAt) < now.getTime(), openedAt: dueAt, closedAt: null, summary: 'English.' };
}

describe('grouping my day', () => {
  it('makes one card per child and kind, counting weekly tasks in weeks, with the earliest due date and overdue if any is', () => {
    const groups = groupTasks(
      [
        task('a', 'logbook_screening', '2025-03-10T09:00:00.000Z'),
        task('b', 'logbook_screening', '2025-02-24T09:00:00.000Z'),
        task('c', 'logbook_screening', '2025-03-03T09:00:00.000Z'),
        task('d', 'logbook_screening', '2025-03-01T09:00:00.000Z', 'j-2'),
        task('e', 'supervision', '2025-03-10T18:00:00.000Z'),
      ],
      now,
    );
    expect(groups).toEqual([
      { key: 'j-1||logbook_screening', kind: 'logbook_screening', journeyId: 'j-1', familyId: null, count: 3, unit: 'weeks', earliestDueAt: '2025-02-24T09:00:00.000Z', overdue: true },
      { key: 'j-2||logbook_screening', kind: 'logbook_screening', journeyId: 'j-2', familyId: null, count: 1, unit: 'weeks', earliestDueAt: '2025-03-01T09:00:00.000Z', overdue: true },
      { key: 'j-1||supervision', kind: 'supervision', journeyId: 'j-1', familyId: null, count: 1, unit: 'times', earliestDueAt: '2025-03-10T18:00:00.000Z', overdue: false },
    ]);
  });

  it('keeps a family’s tasks apart from the children’s', () => {
    const groups = groupTasks([task('f', 'family_long_wait', '2025-03-09T09:00:00.000Z', null, 'fam-1'), task('g', 'family_long_wait', '2025-03-08T09:00:00.000Z', null, 'fam-1')], now);
    expect(groups).toMatchObject([{ familyId: 'fam-1', journeyId: null, count: 2, unit: 'times', earliestDueAt: '2025-03-08T09:00:00.000Z' }]);
  });
});
