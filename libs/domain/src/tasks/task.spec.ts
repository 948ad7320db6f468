import { openTask, TaskSpec } from './task';

const spec: TaskSpec = { taskId: 'goodbye:0', kind: 'goodbye', assigneeRole: 'coordinator', dueAt: '2025-02-01T09:00:00.000Z', summary: 'Say goodbye.' };

describe('openTask', () => {
  it('opens a task once, however often its cause recurs', () => {
    const opened = openTask([], spec, '2025-01-20T09:00:00.000Z');
    expect(opened).toEqual([{ ...spec, status: 'open', openedAt: '2025-01-20T09:00:00.000Z' }]);
    expect(openTask(opened, spec, '2025-01-21T09:00:00.000Z')).toBe(opened);
  });
});
