import type { JourneyState } from '@venskab/domain/journey';
import { caseworker } from '@venskab/domain/journey/journey.fixture';
import { HistoryArchiver } from '../apps/worker/src/history-archiver';
import { HistoryArchive } from '@venskab/audit/history-archive';
import { historyFromJson } from '@venskab/audit/history-json';
import { JourneyHistoryReader } from '@venskab/audit/journey-history-reader';
import { journeyTimeline } from '@venskab/audit/journey-timeline';
import { reconstructJourney } from '@venskab/audit/reconstruct-journey';
import { replayJourneyHistories } from '@venskab/audit/replay-journey-histories';
import { createLogger } from '@venskab/platform/logging/logger';
import { AuditedJourney } from './support/audit-journeys';
import { testEnv } from './support/test-env-keys';
import { startTestStack, TestStack } from './support/test-stack';
import { waitFor } from './support/wait-for';

const DAY_MS = 50;

// A closed journey's history is copied into PostgreSQL by the worker's archiver, and the timeline
// and replay work from that copy alone, as they must once Temporal's retention has removed the run.
describe('history archive', () => {
  let stack: TestStack;
  let archiver: HistoryArchiver;
  let journey: AuditedJourney;
  let finalState: JourneyState;
  beforeAll(async () => {
    stack = await startTestStack();
    archiver = new HistoryArchiver({
      client: stack.client,
      archive: new HistoryArchive(stack.dataSource),
      intervalMs: 60_000,
      logger: createLogger('archiver-test', stack.config),
    });
    // Consent, then the screening deadline passes unmet, then the parents withdraw: the workflow completes.
    journey = await AuditedJourney.start(stack, { dayLengthMs: DAY_MS });
    await journey.send({ type: 'GiveConsent', actor: caseworker, custodyHolders: ['Father'] });
    await waitFor(async () => ((await journey.view()).state.firedReminders.includes('screening_overdue:1') ? true : undefined));
    await journey.send({ type: 'WithdrawConsent', actor: caseworker, withdrawnBy: 'custody_holders', reason: 'The father no longer wants it.' });
    finalState = await journey.handle.result();
  });
  afterAll(() => stack?.stop());

  const archivedRows = () =>
    stack.dataSource.query('SELECT run_id, started_at, history, archived_at FROM journey_history_archive WHERE workflow_id = $1', [journey.handle.workflowId]);

  it('archives the closed run once, with its full history', async () => {
    // Visibility learns of the closed run a moment after it closes.
    await waitFor(async () => {
      await archiver.runOnce();
      return (await archivedRows()).length > 0 ? true : undefined;
    });
    const [row] = await archivedRows();
    expect(row.run_id).toBe(journey.handle.firstExecutionRunId);
    const archived = historyFromJson(row.history);
    const live = await journey.handle.fetchHistory();
    expect(archived.events).toHaveLength(live.events!.length);
    expect(row.archived_at).toBeInstanceOf(Date);

    await archiver.runOnce();
    expect(await archivedRows()).toHaveLength(1);
  });

  it('refuses to change or delete an archived history', async () => {
    await expect(stack.dataSource.query('UPDATE journey_history_archive SET history = $1', ['{}'])).rejects.toThrow(/append-only/);
    await expect(stack.dataSource.query('DELETE FROM journey_history_archive')).rejects.toThrow(/append-only/);
  });

  it('tells the timeline from the archive alone, with the missed deadline marked', async () => {
    const runs = await new JourneyHistoryReader(stack.client, stack.dataSource).archivedHistories(journey.journeyId);
    expect(runs.map((run) => run.source)).toEqual(['archive']);
    const timeline = journeyTimeline(reconstructJourney(runs).events);
    expect(timeline.map((entry) => entry.type)).toEqual(['ChildReferred', 'ConsentGiven', 'ReminderFired', 'ConsentWithdrawn']);
    expect(timeline[2].kind).toBe('missed_deadline');
    expect(timeline[3]).toMatchObject({ reason: 'The father no longer wants it.', who: caseworker });
  });

  it('replays the archived history deterministically and reconstructs the state the workflow ended with', async () => {
    const runs = await new JourneyHistoryReader(stack.client, stack.dataSource).archivedHistories(journey.journeyId);
    const replay = await replayJourneyHistories(runs, { codePath: testEnv('workflowBundle') });
    expect(replay.deterministic).toBe(true);
    expect(replay.runs).toEqual([{ runId: journey.handle.firstExecutionRunId, source: 'archive', ok: true }]);
    expect(replay.state).toEqual(finalState);
    expect(replay.state.stage).toBe('withdrawn');
  });

  it('archives on its own interval once started, and stops cleanly', async () => {
    const second = await AuditedJourney.start(stack, { dayLengthMs: DAY_MS });
    await second.send({ type: 'RefuseConsent', actor: caseworker, refusedBy: 'child', note: 'The child does not want to.' });
    await second.handle.result();
    const running = new HistoryArchiver({
      client: stack.client,
      archive: new HistoryArchive(stack.dataSource),
      intervalMs: 200,
      logger: createLogger('archiver-test', stack.config),
    });
    running.start();
    try {
      await waitFor(async () => {
        const rows = await stack.dataSource.query('SELECT 1 FROM journey_history_archive WHERE workflow_id = $1', [second.handle.workflowId]);
        return rows.length > 0 ? true : undefined;
      });
    } finally {
      await running.stop();
    }
  });
});
