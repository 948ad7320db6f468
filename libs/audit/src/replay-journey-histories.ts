import type { temporal } from '@temporalio/proto';
import { ReplayWorkerOptions, Worker } from '@temporalio/worker';
import type { JourneyState } from '@venskab/domain/journey';
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
 * The history up to its last completed workflow task. What follows (a timer that fired, an update
 * still being answered) has not been decided by any worker yet, so there is nothing to check; replaying
 * it would run the workflow on into local activities a replay worker cannot execute.
 */
export function decidedHistory(history: temporal.api.history.v1.IHistory): temporal.api.history.v1.IHistory {
  const events = history.events ?? [];
  const end = events.at(-1);
  const closed = end && Object.keys(end).some((key) => /^workflowExecution(Completed|Failed|TimedOut|Canceled|Terminated|ContinuedAsNew)EventAttributes$/.test(key));
  if (closed) return history;
  let last = events.length - 1;
  while (last >= 0 && !events[last].workflowTaskCompletedEventAttributes) last--;
  return last < 0 || last === events.length - 1 ? history : { ...history, events: events.slice(0, last + 1) };
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
      await Worker.runReplayHistory({ workflowBundle, replayName: `audit-${journeyId}` }, decidedHistory(run.history), run.workflowId);
      results.push({ runId: run.runId, source: run.source, ok: true });
    } catch (error) {
      results.push({ runId: run.runId, source: run.source, ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    }
  }
  return { journeyId, deterministic: results.every((result) => result.ok), runs: results, state };
}
