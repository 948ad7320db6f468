import { randomUUID } from 'node:crypto';
import { DEFAULT_FAMILY_POLICY } from '@venskab/domain/family';
import { FamilyDriver } from './support/family-driver';
import { http } from './support/http';
import { COORDINATOR } from './support/referrals';
import { startTestStackWithApi, TestStackWithApi } from './support/test-stack';
import { familyProjected } from './support/family-projected';
import { waitFor } from './support/wait-for';

/** A programme day of 50 ms: 20 days are one second. */
const DAY_MS = 50;

// What time does on its own: the family workflow sleeps until the domain's next due moment.
describe('family reminders', () => {
  let stack: TestStackWithApi;
  beforeAll(async () => {
    stack = await startTestStackWithApi();
  });
  afterAll(() => stack.stop());

  const taskRow = (taskId: string) => async () => {
    const [row] = await stack.dataSource.query('SELECT * FROM tasks WHERE task_id = $1', [taskId]);
    return row;
  };

  it('reminds the coordinator of an application without a home visit, and closes the task at the visit', async () => {
    const policy = { ...DEFAULT_FAMILY_POLICY, dayLengthMs: DAY_MS, applicationFollowUpDays: 20, approvedWaitingFlagDays: 40 };
    const family = await FamilyDriver.start(stack.client, stack.config.taskQueue, policy);
    const taskId = `${family.familyId}/application_follow_up`;

    const opened = await waitFor(taskRow(taskId));
    const [summary] = await stack.dataSource.query('SELECT applied_at FROM families WHERE family_id = $1', [family.familyId]);
    expect(opened).toMatchObject({
      family_id: family.familyId,
      journey_id: null,
      kind: 'family_application_follow_up',
      assignee_role: 'coordinator',
      status: 'open',
    });
    expect(opened.due_at.getTime()).toBe(summary.applied_at.getTime() + 20 * DAY_MS);
    const notifications = await stack.dataSource.query(
      'SELECT kind FROM notification_outbox WHERE family_id = $1 ORDER BY created_at',
      [family.familyId],
    );
    expect(notifications.map((row: { kind: string }) => row.kind)).toEqual(['FamilyApplied', 'ApplicationFollowUpReminded']);

    const visited = await family.recordHomeVisit();
    await familyProjected(stack.dataSource, family.familyId, visited.eventCount);
    const closed = await taskRow(taskId)();
    expect(closed.status).toBe('done');
    expect(closed.closed_at).not.toBeNull();
    const events = await stack.dataSource.query('SELECT type, actor_role FROM family_events WHERE family_id = $1 ORDER BY sequence', [family.familyId]);
    expect(events).toEqual([
      { type: 'FamilyApplied', actor_role: 'volunteer_family' },
      { type: 'ApplicationFollowUpReminded', actor_role: 'system' },
      { type: 'HomeVisitRecorded', actor_role: 'coordinator' },
    ]);
  });

  it('flags an approved family that waits too long, shows it on the waiting list, and clears the flag when a child is proposed', async () => {
    const policy = { ...DEFAULT_FAMILY_POLICY, dayLengthMs: DAY_MS, applicationFollowUpDays: 100_000, approvedWaitingFlagDays: 30 };
    const family = await FamilyDriver.start(stack.client, stack.config.taskQueue, policy);
    await family.approve();
    const taskId = `${family.familyId}/long_wait:0`;

    const flagged = await waitFor(async () => {
      const [row] = await stack.dataSource.query('SELECT * FROM families WHERE family_id = $1 AND flagged_long_wait', [family.familyId]);
      return row;
    });
    expect(flagged.stage).toBe('approved');
    expect(await taskRow(taskId)()).toMatchObject({ kind: 'family_long_wait', status: 'open', family_id: family.familyId });
    const waiting = await http(stack.baseUrl, 'GET', '/waiting-lists/families?limit=200', { actor: COORDINATOR });
    expect(waiting.body.items.find((item: { familyId: string }) => item.familyId === family.familyId)).toMatchObject({
      displayName: 'Familien Jensen',
      flaggedLongWait: true,
      freeCapacity: 1,
      daysWaited: expect.any(Number),
    });

    const reserved = await family.send({ type: 'ReserveForJourney', actor: COORDINATOR, journeyId: randomUUID() });
    await familyProjected(stack.dataSource, family.familyId, reserved.eventCount);
    expect(await taskRow(taskId)()).toMatchObject({ status: 'done' });
    const [row] = await stack.dataSource.query('SELECT flagged_long_wait, waiting_since FROM families WHERE family_id = $1', [family.familyId]);
    expect(row).toEqual({ flagged_long_wait: false, waiting_since: null });
  });
});
