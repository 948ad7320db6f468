import { ReplayWorkerOptions, Worker } from '@temporalio/worker';
import type { JourneyState } from '../../domain/src/journey';
import type { JourneyRunHistory } from './journey-run-history';
import { reconstructJourney } from './reconstruct-journey';

export interface RunReplayResult {
  runId: string;
  source: JourneyRunHistory['source'];
  ok: boolean;
  /** Why the current code could not replay this run (a determinism violation names the first differing command). */
  error?: string;
}

export interface JourneyReplay {
  journeyId: string;
  /** Every run replayed against the current workflow code without a difference. */
  deterministic: boolean;
  runs: RunReplayResult[];
  /** The state folded from the history's events, independent of whether the code replays. */
  state: JourneyState;
}

/**
 * Replays each run of a journey against `workflowBundle` (normally the current code, see
 * currentWorkflowBundle): a change that running journeys cannot survive shows up as a run that fails.
 */
export async function replayJourneyHistories(
  runs: JourneyRunHistory[],
  workflowBundle: NonNullable<ReplayWorkerOptions['workflowBundle']>,
): Promise<JourneyReplay> {
  const { journeyId, state } = reconstructJourney(runs);
  const results: RunReplayResult[] = [];
  for (const run of runs) {
    try {
      await Worker.runReplayHistory({ workflowBundle, replayName: `audit-${journeyId}` }, run.history, run.workflowId);
      results.push({ runId: run.runId, source: run.source, ok: true });
    } catch (error) {
      results.push({ runId: run.runId, source: run.source, ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    }
  }
  return { journeyId, deterministic: results.every((result) => result.ok), runs: results, state };
}
