import { journeyWorkflowId } from '@venskab/contracts';
import type { HistorySource, JourneyRunHistory } from './journey-run-history';

export class JourneyHistoryNotFoundError extends Error {
  constructor(readonly journeyId: string) {
    super(`No history of journey ${journeyId} in Temporal or in the archive.`);
  }
}

/** Temporal first; a run it no longer keeps (retention) is read from the archive. */
export function withArchiveFallback(primary: HistorySource, archive: HistorySource): HistorySource {
  return {
    latestRunId: async (workflowId) => (await primary.latestRunId(workflowId)) ?? archive.latestRunId(workflowId),
    run: async (workflowId, runId) => (await primary.run(workflowId, runId)) ?? archive.run(workflowId, runId),
  };
}

/**
 * Every run of a journey's workflow, oldest first. It walks back from the newest run through each
 * run's `continuedExecutionRunId`, so the chain is exact even while visibility lags behind a
 * continue-as-new, and a run missing from every source is an error, never a silent gap.
 */
export async function readJourneyHistories(source: HistorySource, journeyId: string): Promise<JourneyRunHistory[]> {
  const workflowId = journeyWorkflowId(journeyId);
  let runId = await source.latestRunId(workflowId);
  if (!runId) throw new JourneyHistoryNotFoundError(journeyId);
  const runs: JourneyRunHistory[] = [];
  while (runId) {
    const run = await source.run(workflowId, runId);
    if (!run) throw new Error(`Run ${runId} of ${workflowId} is neither in Temporal nor in the archive.`);
    runs.unshift(run);
    runId = run.history.events?.[0]?.workflowExecutionStartedEventAttributes?.continuedExecutionRunId || null;
  }
  return runs;
}
