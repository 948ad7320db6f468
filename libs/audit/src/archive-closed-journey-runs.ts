import { Client } from '@temporalio/client';
import { HistoryArchive, RunKey, runKey } from './history-archive';

const CLOSED_JOURNEY_RUNS = 'WorkflowType = "journeyWorkflow" AND ExecutionStatus != "Running"';

/**
 * Archives every closed journey run (completed, continued-as-new, terminated, failed…) that closed
 * after `closedSince` (all of them when null) and is not archived yet. Answers how many it stored.
 * Runs close before Temporal's retention removes them, so archiving them soon keeps every history.
 */
export async function archiveClosedJourneyRuns(client: Client, archive: HistoryArchive, closedSince: Date | null): Promise<number> {
  const query = closedSince ? `${CLOSED_JOURNEY_RUNS} AND CloseTime >= "${closedSince.toISOString()}"` : CLOSED_JOURNEY_RUNS;
  const closed: RunKey[] = [];
  for await (const execution of client.workflow.list({ query })) closed.push({ workflowId: execution.workflowId, runId: execution.runId });
  const archived = await archive.archivedAmong(closed);
  let stored = 0;
  for (const run of closed.filter((candidate) => !archived.has(runKey(candidate)))) {
    const history = await client.workflow.getHandle(run.workflowId, run.runId).fetchHistory();
    if (await archive.archive({ ...run, history })) stored += 1;
  }
  return stored;
}
