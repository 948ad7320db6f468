import { Client } from '@temporalio/client';
import { journeyWorkflowId } from '@venskab/contracts';
import type { HistoryArchive } from './history-archive';
import { journeyIdOf } from './journey-run-history';

/** Every journey either Temporal's visibility or the archive knows of, sorted. */
export async function knownJourneyIds(client: Client, archive: HistoryArchive): Promise<string[]> {
  const workflowIds = new Set(await archive.workflowIds());
  for await (const execution of client.workflow.list({ query: 'WorkflowType = "journeyWorkflow"' })) workflowIds.add(execution.workflowId);
  const prefix = journeyWorkflowId('');
  return [...workflowIds].filter((id) => id.startsWith(prefix)).map(journeyIdOf).sort();
}
