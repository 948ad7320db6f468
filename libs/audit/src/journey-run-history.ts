import { journeyWorkflowId } from '@venskab/contracts';
import type { History } from './history-json';

/** One workflow run of a journey and where its history was read from. */
export interface JourneyRunHistory {
  workflowId: string;
  runId: string;
  history: History;
  source: 'temporal' | 'archive';
}

/** Where histories come from: Temporal while it keeps them, the archive afterwards. */
export interface HistorySource {
  /** The newest run of the workflow, or null when this source knows none. */
  latestRunId(workflowId: string): Promise<string | null>;
  /** One run's history, or null when this source does not have it. */
  run(workflowId: string, runId: string): Promise<JourneyRunHistory | null>;
}

/** The journey id inside a journey's workflow id (the inverse of journeyWorkflowId). */
export function journeyIdOf(workflowId: string): string {
  return workflowId.slice(journeyWorkflowId('').length);
}
