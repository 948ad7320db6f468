import { DataSource } from 'typeorm';
import { historyFromJson, historyToJson, timestampMs } from './history-json';
import type { HistorySource, JourneyRunHistory } from './journey-run-history';

export interface RunKey {
  workflowId: string;
  runId: string;
}

/**
 * The journey_history_archive table: closed runs' histories kept after Temporal's retention
 * removes them. Writing is idempotent (a run is archived once; the table refuses changes).
 */
export class HistoryArchive implements HistorySource {
  constructor(private readonly dataSource: DataSource) {}

  async latestRunId(workflowId: string): Promise<string | null> {
    const rows: Array<{ run_id: string }> = await this.dataSource.query(
      'SELECT run_id FROM journey_history_archive WHERE workflow_id = $1 ORDER BY started_at DESC LIMIT 1',
      [workflowId],
    );
    return rows[0]?.run_id ?? null;
  }

  async run(workflowId: string, runId: string): Promise<JourneyRunHistory | null> {
    const rows: Array<{ history: string }> = await this.dataSource.query(
      'SELECT history FROM journey_history_archive WHERE workflow_id = $1 AND run_id = $2',
      [workflowId, runId],
    );
    return rows[0] ? { workflowId, runId, history: historyFromJson(rows[0].history), source: 'archive' } : null;
  }

  /** Stores a run's history unless it is already archived; answers whether this call stored it. */
  async archive(run: Pick<JourneyRunHistory, 'workflowId' | 'runId' | 'history'>): Promise<boolean> {
    const firstEventTime = run.history.events?.[0]?.eventTime;
    if (!firstEventTime) throw new TypeError(`${run.workflowId}/${run.runId}: the history has no events`);
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO journey_history_archive (workflow_id, run_id, started_at, history) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING run_id`,
      [run.workflowId, run.runId, new Date(timestampMs(firstEventTime)), historyToJson(run.history)],
    );
    return inserted.length > 0;
  }

  /** Which of `runs` are archived already, as "workflowId/runId" keys. */
  async archivedAmong(runs: RunKey[]): Promise<Set<string>> {
    if (runs.length === 0) return new Set();
    const rows: Array<{ workflow_id: string; run_id: string }> = await this.dataSource.query(
      `SELECT workflow_id, run_id FROM journey_history_archive
       WHERE (workflow_id, run_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
      [runs.map((run) => run.workflowId), runs.map((run) => run.runId)],
    );
    return new Set(rows.map((row) => runKey({ workflowId: row.workflow_id, runId: row.run_id })));
  }

  async workflowIds(): Promise<string[]> {
    const rows: Array<{ workflow_id: string }> = await this.dataSource.query(
      'SELECT DISTINCT workflow_id FROM journey_history_archive ORDER BY workflow_id',
    );
    return rows.map((row) => row.workflow_id);
  }
}

export function runKey(run: RunKey): string {
  return `${run.workflowId}/${run.runId}`;
}
