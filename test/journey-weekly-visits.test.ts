import type { temporal } from '@temporalio/proto';
import type { ConcernRaised, StabilityAlertRaised } from '@venskab/domain/journey';
import { coordinator, expectProjectionMatches, JourneyDriver, logbookEntry, notificationsFor } from './support/journey-driver';
import { startTestStack, TestStack } from './support/test-stack';

// Weekly visits on the real server with a compressed day: what the logbook, time and the SLA bring.
// 30 ms per programme day makes a visit week 210 ms: long enough for commands to land inside the
// week they mean on a loaded machine, short enough that waiting for a reminder takes a moment.
const DAY_MS = 30;

/** Ids of the updates the workflow history recorded as accepted or completed. */
function updateIdsIn(history: temporal.api.history.v1.IHistory): Array<string | null | undefined> {
  return (history.events ?? []).flatMap((event) => [
    event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.meta?.updateId,
    event.workflowExecutionUpdateCompletedEventAttributes?.meta?.updateId,
  ]);
}

describe('journey: weekly visits', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());

  it('refuses a logbook entry before the match with the domain code and leaves no trace in the history', async () => {
    const journey = await JourneyDriver.start(stack, { name: 'refused', dayLengthMs: DAY_MS });
    const before = await journey.view();
    const updateId = `refused-logbook-${journey.journeyId}`;

    const code = await journey.refusalOf(
logbookEntry(1), updateId
    );

    expect(code).toBe('wrong_stage');
    const after = await journey.view();
    expect(after.eventCount).toBe(before.eventCount);
    const history = await journey.handle.fetchHistory();
    expect(updateIdsIn(history)).not.toContain(updateId);
    // The same command once the journey allows it is recorded under its id, so the check above can see an update.
    await journey.driveToActive();
    await journey.writeLogbook(1, {}, `accepted-logbook-${journey.journeyId}`);
    expect(updateIdsIn(await journey.handle.fetchHistory())).toContain(`accepted-logbook-${journey.journeyId}`);
  });

  it('applies a command retried with the same update id once', async () => {
    const journey = await JourneyDriver.start(stack, { name: 'retry', dayLengthMs: DAY_MS });
    await journey.driveToActive();
    const updateId = `logbook-week-1-${journey.journeyId}`;

    const first = await journey.writeLogbook(1, {}, updateId);
    const retried = await journey.writeLogbook(1, {}, updateId);

    expect(retried.eventCount).toBe(first.eventCount);
    const { events, rows } = await journey.settled();
    expect(events.filter((e) => e.type === 'LogbookEntryWritten')).toHaveLength(1);
    expect(rows.events.filter((row) => row.type === 'LogbookEntryWritten')).toHaveLength(1);
    // A new update id is a new command: the domain refuses the second entry for the same week.
    expect(await journey.refusalOf(logbookEntry(1, { familyId: journey.familyId }))).toBe('logbook_week_already_written');
  });

  it('reminds the family of a missing logbook entry and closes the task when the entry is written', async () => {
    const journey = await JourneyDriver.start(stack, { name: 'logbook-missing', dayLengthMs: DAY_MS });
    await journey.driveToActive();

    const reminder = await journey.waitForReminder('logbook_missing:0-1');
    expect(reminder).toMatchObject({ reminder: 'logbook_missing', assigneeRole: 'volunteer_family', actor: { role: 'system' } });
    const open = (await journey.view()).state.tasks.find((task) => task.taskId === 'logbook_missing:0-1');
    expect(open).toMatchObject({ status: 'open', assigneeRole: 'volunteer_family' });

    const written = await journey.writeLogbook(1);

    expect(written.state.tasks.find((task) => task.taskId === 'logbook_missing:0-1')).toMatchObject({ status: 'done', resolution: 'fulfilled' });
    const snapshot = await journey.settled();
    expectProjectionMatches(snapshot);
    const taskRow = snapshot.rows.tasks.find((row) => row.task_id === `${journey.journeyId}/logbook_missing:0-1`);
    expect(taskRow).toMatchObject({ status: 'done', assignee_role: 'volunteer_family' });
    expect(taskRow?.closed_at).not.toBeNull();
    expect(notificationsFor(snapshot.rows, 'volunteer_family')).toContainEqual(
      expect.objectContaining({ kind: 'ReminderFired', summary: 'Write the logbook for visit week 1.' }),
    );
  });

  it('raises a stability alert at two cancellations in a row, and the window alert at the third', async () => {
    const journey = await JourneyDriver.start(stack, { name: 'stability', dayLengthMs: DAY_MS });
    const active = await journey.driveToActive();

    await journey.waitUntil(journey.weekStart(active, 2));
    const firstCancelled = await journey.writeLogbook(1, { visit: 'cancelled', cancelledBy: 'family' });
    expect(firstCancelled.state.stabilityAlerts).toEqual([]);
    const secondCancelled = await journey.writeLogbook(2, { visit: 'cancelled', cancelledBy: 'child' });

    const events = await journey.events();
    const alert = events.find((e): e is StabilityAlertRaised => e.type === 'StabilityAlertRaised');
    expect(alert).toMatchObject({ week: 2, rules: ['in_a_row'], cancellationsInARow: 2, runStartWeek: 1, matchNumber: 0 });
    expect(secondCancelled.state.tasks.find((task) => task.taskId === 'stability_alert:1')).toMatchObject({ status: 'open', assigneeRole: 'coordinator' });
    let snapshot = await journey.settled();
    expectProjectionMatches(snapshot);
    expect(snapshot.rows.journey?.cancelled_visits).toBe(2);
    const alertSequence = events.indexOf(alert as StabilityAlertRaised);
    expect(notificationsFor(snapshot.rows, 'coordinator')).toContainEqual({ kind: 'StabilityAlertRaised', summary: 'StabilityAlertRaised', sequence: alertSequence });

    // The same run of cancellations does not alert twice in a row; the third in eight weeks trips the window rule.
    await journey.waitUntil(journey.weekStart(active, 3));
    await journey.writeLogbook(3, { visit: 'cancelled', cancelledBy: 'parents' });
    const alerts = (await journey.events()).filter((e): e is StabilityAlertRaised => e.type === 'StabilityAlertRaised');
    expect(alerts.map((a) => a.rules)).toEqual([['in_a_row'], ['in_window']]);

    const screened = await journey.send({ type: 'ScreenLogbooks', actor: coordinator });
    expect(screened.state.tasks.filter((task) => task.kind === 'stability_alert').map((task) => task.status)).toEqual(['done', 'done']);
    snapshot = await journey.settled();
    expectProjectionMatches(snapshot);
    expect(snapshot.rows.journey?.cancelled_visits).toBe(3);
  });

  it('escalates a concern flagged in the logbook to the programme manager when the SLA passes, then records the notification', async () => {
    const journey = await JourneyDriver.start(stack, { name: 'concern', dayLengthMs: DAY_MS });
    await journey.driveToActive();

    const flagged = await journey.writeLogbook(1, { concern: true });
    const raised = (await journey.events()).find((e): e is ConcernRaised => e.type === 'ConcernRaised');
    expect(raised).toMatchObject({ concernId: 'concern:1', source: 'logbook', logbookWeek: 1 });
    expect(flagged.state.tasks.find((task) => task.taskId === 'concern_assessment:1')).toMatchObject({ status: 'open', assigneeRole: 'coordinator' });

    // Nobody assesses within the SLA (24 programme hours): time escalates it.
    const escalation = await journey.waitForReminder('concern_escalation:1');
    expect(escalation).toMatchObject({ reminder: 'concern_escalation', assigneeRole: 'programme_manager' });
    expect(Date.parse(escalation.at)).toBeGreaterThanOrEqual(Date.parse((raised as ConcernRaised).assessmentDueAt));

    const assessed = await journey.send({
      type: 'AssessConcern',
      actor: coordinator,
      concernId: 'concern:1',
      outcome: 'notification_to_municipality',
      note: 'Bruises the child would not explain; notified the municipality.',
    });

    expect(assessed.state.concerns[0]).toMatchObject({ status: 'assessed', outcome: 'notification_to_municipality' });
    const concernTasks = assessed.state.tasks.filter((task) => task.taskId.endsWith(':1') && task.kind.startsWith('concern_'));
    expect(concernTasks.map((task) => [task.kind, task.status, task.resolution])).toEqual([
      ['concern_assessment', 'done', 'fulfilled'],
      ['concern_escalation', 'done', 'fulfilled'],
    ]);
    const snapshot = await journey.settled();
    expectProjectionMatches(snapshot);
    const assessedRow = snapshot.rows.events.find((row) => row.type === 'ConcernAssessed');
    expect(assessedRow).toMatchObject({ milestone: true, actor_role: 'coordinator', payload: { outcome: 'notification_to_municipality' } });
    expect(notificationsFor(snapshot.rows, 'programme_manager')).toContainEqual(
      expect.objectContaining({ kind: 'ReminderFired', summary: 'A concern for the child has not been assessed in time.' }),
    );
    // The caseworker hears of the notification, never of the logbook or the raw concern.
    const caseworkerKinds = notificationsFor(snapshot.rows, 'caseworker').map((n) => n.kind);
    expect(caseworkerKinds).toContain('ConcernAssessed');
    expect(caseworkerKinds).not.toContain('LogbookEntryWritten');
    expect(caseworkerKinds).not.toContain('ConcernRaised');
  });
});
