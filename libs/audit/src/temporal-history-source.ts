import { Client, isGrpcServiceError, WorkflowNotFoundError } from '@temporalio/client';
import type { HistorySource, JourneyRunHistory } from './journey-run-history';

const GRPC_NOT_FOUND = 5;

function isNotFound(error: unknown): boolean {
  return error instanceof WorkflowNotFoundError || (isGrpcServiceError(error) && error.code === GRPC_NOT_FOUND);
}

/** Histories as Temporal still holds them; a run past its retention is simply not there (null). */
export class TemporalHistorySource implements HistorySource {
  constructor(private readonly client: Client) {}

  async latestRunId(workflowId: string): Promise<string | null> {
    try {
      return (await this.client.workflow.getHandle(workflowId).describe()).runId;
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async run(workflowId: string, runId: string): Promise<JourneyRunHistory | null> {
    try {
      const history = await this.client.workflow.getHandle(workflowId, runId).fetchHistory();
      return { workflowId, runId, history, source: 'temporal' };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }
}
