import * as wf from '@temporalio/workflow';
import type { SignalDefinition } from '@temporalio/workflow';

/**
 * Signals another of the product's workflows straight from workflow code: the signal is a command
 * in this workflow's history, delivered by the Temporal server (retried by the server, exactly once,
 * also while the other side's worker is down), with no activity in between. The one failure that
 * comes back is that the other workflow is not there any more (it has ended): then it has nothing
 * left to be told, so that is logged and the caller moves on.
 */
export async function tellWorkflow<Args extends unknown[]>(
  workflowId: string,
  signal: SignalDefinition<Args>,
  args: Args,
  about: Record<string, unknown>,
): Promise<void> {
  try {
    await wf.getExternalWorkflowHandle(workflowId).signal(signal, ...args);
  } catch (error) {
    if (wf.isCancellation(error)) throw error;
    wf.log.info('the other workflow was not there to be told', { workflowId, signal: signal.name, ...about, reason: error instanceof Error ? error.message : String(error) });
  }
}
