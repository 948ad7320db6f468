import { archiveClosedJourneyRuns } from '@venskab/audit/archive-closed-journey-runs';
import { HistoryArchive } from '@venskab/audit/history-archive';
import type { HistorySource } from '@venskab/audit/journey-run-history';
import { decodeRuns } from '@venskab/audit/decode-history';
import { readJourneyHistories, withArchiveFallback } from '@venskab/audit/read-journey-histories';
import { reconstructJourney } from '@venskab/audit/reconstruct-journey';
import { replayJourneyHistories } from '@venskab/audit/replay-journey-histories';
import { TemporalHistorySource } from '@venskab/audit/temporal-history-source';
import { freePort } from '@venskab/platform/process/ports';
import { DevServerHandle, startDevServer } from '@venskab/platform/temporal/dev-server';
import { JourneyDriver } from './support/journey-driver';
import { testEnv } from './support/test-env-keys';
import { startTestStack, TestStack } from './support/test-stack';
import { waitFor } from './support/wait-for';

// A journey that continued as new: its audit spans several runs, each replayed on its own, and the
// earlier runs (closed, so archived) still count once Temporal no longer has them.
const SUGGEST_CONTINUE_AS_NEW_AFTER = 40;
const DAY_MS = 30;

describe('audit of a journey that continued as new', () => {
  let temporal: DevServerHandle;
  let stack: TestStack;
  let journey: JourneyDriver;
  beforeAll(async () => {
    temporal = await startDevServer({
      executable: testEnv('temporalCli'),
      port: await freePort(),
      uiPort: null,
      namespace: 'default',
      dbFile: null,
      dynamicConfig: { 'limit.historyCount.suggestContinueAsNew': SUGGEST_CONTINUE_AS_NEW_AFTER },
    });
    stack = await startTestStack({ temporalAddress: temporal.address });
    journey = await JourneyDriver.start(stack, { name: 'audit-can', dayLengthMs: DAY_MS });
    const active = await journey.driveToActive();
    for (let week = 1; (await journey.handle.describe()).runId === journey.firstRunId; week++) {
      if (week > 20) throw new Error('the journey did not continue as new');
      await journey.waitUntil(journey.weekStart(active, week));
      await journey.writeLogbook(week);
    }
  });
  afterAll(async () => {
    await journey?.handle.terminate('test finished').catch(() => undefined);
    await stack?.stop();
    await temporal?.stop();
  });

  /**
   * The histories and the workflow's own view taken when they agree on the number of events: time
   * keeps firing reminders in this compressed journey, so one read may fall between two events.
   */
  const readWhenSettled = (sourceNow: () => Promise<HistorySource>) =>
    waitFor(async () => {
      const { view, events } = await journey.settled();
      const runs = await decodeRuns(await readJourneyHistories(await sourceNow(), journey.journeyId), stack.client);
      return reconstructJourney(runs).events.length === events.length ? { view, events, runs } : undefined;
    });

  it('reads every run oldest first, merges their events once each, and replays each run', async () => {
    const { view, events, runs } = await readWhenSettled(async () => new TemporalHistorySource(stack.client));
    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect(runs[0].runId).toBe(journey.firstRunId);
    expect(runs.at(-1)!.runId).toBe((await journey.handle.describe()).runId);

    const reconstruction = reconstructJourney(runs);
    expect(reconstruction.events.map(({ event }) => event)).toEqual(events);
    expect(reconstruction.state).toEqual(view.state);

    const replay = await replayJourneyHistories(runs, { codePath: testEnv('workflowBundle') });
    expect(replay.deterministic).toBe(true);
    expect(replay.runs.map((run) => run.runId)).toEqual(runs.map((run) => run.runId));
  });

  it('takes the runs Temporal no longer has from the archive, run by run', async () => {
    const archive = new HistoryArchive(stack.dataSource);
    await waitFor(async () => {
      await archiveClosedJourneyRuns(stack.client, archive, null);
      return (await archive.latestRunId(journey.handle.workflowId)) ?? undefined;
    });
    const temporalSource = new TemporalHistorySource(stack.client);
    // Temporal after retention: only the running run is left. The journey may continue as new again
    // while this reads, so each attempt archives what has closed and takes the running run anew.
    const afterRetention = async (): Promise<HistorySource> => {
      await archiveClosedJourneyRuns(stack.client, archive, null);
      const latestRunId = await temporalSource.latestRunId(journey.handle.workflowId);
      const onlyLatestRun: HistorySource = {
        latestRunId: (workflowId) => temporalSource.latestRunId(workflowId),
        run: async (workflowId, runId) => (runId === latestRunId ? temporalSource.run(workflowId, runId) : null),
      };
      return withArchiveFallback(onlyLatestRun, archive);
    };
    const { view, runs } = await readWhenSettled(afterRetention);
    expect(runs.map((run) => run.source)).toEqual([...runs.slice(0, -1).map(() => 'archive'), 'temporal']);
    expect(reconstructJourney(runs).state).toEqual(view.state);
  });
});
