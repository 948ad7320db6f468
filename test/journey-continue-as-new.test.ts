import { Client } from '@temporalio/client';
import { replayJourney } from '@venskab/domain/journey';
import type { JourneyEvent } from '@venskab/domain/journey';
import { freePort } from '@venskab/platform/process/ports';
import { DevServerHandle, startDevServer } from '@venskab/platform/temporal/dev-server';
import { coordinator, expectProjectionMatches, JourneyDriver } from './support/journey-driver';
import { startTestStack, TestStack } from './support/test-stack';

// The server suggests continue-as-new after 40 history events (the default is thousands), so a
// journey crosses several run boundaries in a few commands. That setting needs a server of its own.
const SUGGEST_CONTINUE_AS_NEW_AFTER = 40;
const DAY_MS = 30;

/** The run ids of a workflow from its first run, following each ContinuedAsNew event to the next run. */
async function runChain(client: Client, workflowId: string, firstRunId: string): Promise<string[]> {
  const runs = [firstRunId];
  for (;;) {
    const history = await client.workflow.getHandle(workflowId, runs[runs.length - 1]).fetchHistory();
    const next = history.events?.[history.events.length - 1]?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId;
    if (!next) return runs;
    runs.push(next);
  }
}

describe('journey: continue-as-new', () => {
  let temporal: DevServerHandle;
  let stack: TestStack;
  beforeAll(async () => {
    const executable = process.env.TEMPORAL_CLI_PATH;
    if (!executable) throw new Error('TEMPORAL_CLI_PATH is not set');
    temporal = await startDevServer({
      executable,
      port: await freePort(),
      uiPort: null,
      namespace: 'default',
      dbFile: null,
      dynamicConfig: { 'limit.historyCount.suggestContinueAsNew': SUGGEST_CONTINUE_AS_NEW_AFTER },
    });
    stack = await startTestStack({ temporalAddress: temporal.address });
  });
  afterAll(async () => {
    await stack?.stop();
    await temporal?.stop();
  });

  it('carries the journey across several new runs without losing or repeating an event, and keeps taking commands', async () => {
    const journey = await JourneyDriver.start(stack, { name: 'continue-as-new', dayLengthMs: DAY_MS });
    const workflowId = journey.handle.workflowId;
    let seen: JourneyEvent[] = await journey.events();
    // After every step the history so far must be a prefix of the new one: nothing rewritten, dropped or doubled.
    const step = async (command: () => Promise<unknown>) => {
      await command();
      const now = await journey.events();
      expect(now.slice(0, seen.length)).toEqual(seen);
      seen = now;
    };

    await step(() => journey.consent());
    await step(() => journey.screen());
    const familyId = await journey.newFamily();
    await step(() => journey.matchWith(familyId));
    await step(() => journey.holdFriendshipMeeting());
    const active = await journey.view();
    let week = 1;
    let runs = await runChain(stack.client, workflowId, journey.firstRunId);
    while (runs.length < 4) {
      if (week > 20) throw new Error(`only ${runs.length} runs after ${week - 1} weeks of logbook entries`);
      await journey.waitUntil(journey.weekStart(active, week));
      const thisWeek = week;
      await step(() => journey.writeLogbook(thisWeek));
      week += 1;
      runs = await runChain(stack.client, workflowId, journey.firstRunId);
    }

    const current = await journey.handle.describe();
    expect(current.runId).not.toBe(journey.firstRunId);
    expect(runs).toContain(current.runId);
    const before = await journey.settled();
    expect(replayJourney(journey.journeyId, journey.policy, before.events)).toEqual(before.view.state);
    expectProjectionMatches(before);
    expect(before.events.filter((e) => e.type === 'ChildReferred')).toHaveLength(1);
    expect(before.events.filter((e) => e.type === 'MatchMade')).toHaveLength(1);
    expect(before.view.state.logbook.map((entry) => entry.week)).toEqual(Array.from({ length: week - 1 }, (_, i) => i + 1));
    const reminderIds = before.events.flatMap((e) => (e.type === 'ReminderFired' ? [e.taskId] : []));
    expect(new Set(reminderIds).size).toBe(reminderIds.length);

    // The newest run still takes commands and projects them after the events it inherited.
    const screened = await journey.send({ type: 'ScreenLogbooks', actor: coordinator, note: 'After the new run.' });
    expect(screened.state.logbookScreenings).toHaveLength(1);
    const after = await journey.settled();
    expect(after.events.slice(0, before.events.length)).toEqual(before.events);
    expect(after.events.filter((e) => e.type === 'LogbooksScreened')).toHaveLength(1);
    expectProjectionMatches(after);
    expect(replayJourney(journey.journeyId, journey.policy, after.events)).toEqual(after.view.state);
    await journey.handle.terminate('test finished');
  });
});
