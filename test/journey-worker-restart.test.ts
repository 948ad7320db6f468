import { eventsDueByTime } from '@venskab/domain/journey';
import type { ReminderFired } from '@venskab/domain/journey';
import { expectProjectionMatches, JourneyDriver } from './support/journey-driver';
import { startTestStack, TestStack } from './support/test-stack';

// 30 ms per programme day: a weekly reminder falls due every 210 ms, so the time it takes to stop a
// worker and start a new one always spans at least one due timer.
const DAY_MS = 30;

describe('journey: worker restart', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());

  it('loses nothing when the worker stops mid-journey: the waiting command lands, due timers fire, the projection catches up', async () => {
    const journey = await JourneyDriver.start(stack, { name: 'worker-restart', dayLengthMs: DAY_MS });
    const active = await journey.driveToActive();
    await journey.writeLogbook(1);
    await journey.waitUntil(journey.weekStart(active, 2));
    const before = await journey.settled();
    const updateId = `logbook-week-2-${journey.journeyId}`;

    // The worker shuts down (its shutdown starts synchronously) and the family writes week 2 at that
    // moment: executeUpdate keeps waiting until a worker takes the update.
    // Which worker takes the update is a race (a worker shutting down finishes what it already polled);
    // what matters is that it lands once and everything after it goes on.
    const restarted = stack.restartWorker();
    const written = await journey.writeLogbook(2, {}, updateId);
    await restarted;

    expect(written.state.logbook.map((entry) => entry.week)).toEqual([1, 2]);
    const afterRestart = Date.now();
    const history = await journey.handle.fetchHistory();
    const acceptedIds = (history.events ?? []).map((event) => event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.meta?.updateId);
    expect(acceptedIds.filter((id) => id === updateId)).toHaveLength(1);

    // Everything that was due by the time the new worker had taken the update fires, once each (week 2's logbook reminder
    // is not due: the entry was written).
    const dueMeanwhile = eventsDueByTime(before.view.state, new Date(afterRestart).toISOString())
      .filter((event): event is ReminderFired => event.type === 'ReminderFired')
      .map((event) => event.taskId)
      .filter((taskId) => taskId !== 'logbook_missing:0-2');
    expect(dueMeanwhile.length).toBeGreaterThan(0);
    for (const taskId of dueMeanwhile) await journey.waitForReminder(taskId);

    const after = await journey.settled();
    expectProjectionMatches(after);
    expect(after.events.slice(0, before.events.length)).toEqual(before.events);
    for (const taskId of dueMeanwhile) {
      expect(after.events.filter((event) => event.type === 'ReminderFired' && event.taskId === taskId)).toHaveLength(1);
    }
    expect(after.events.filter((event) => event.type === 'LogbookEntryWritten')).toHaveLength(2);
    expect(after.rows.events.filter((row) => row.type === 'LogbookEntryWritten').map((row) => row.payload.week)).toEqual([1, 2]);

    // The new worker keeps the journey going: the next week's entry is accepted as usual.
    await journey.waitUntil(journey.weekStart(active, 3));
    const next = await journey.writeLogbook(3);
    expect(next.state.logbook.map((entry) => entry.week)).toEqual([1, 2, 3]);
    await journey.handle.terminate('test finished');
  });
});
