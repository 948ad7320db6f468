import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One closed workflow run of a journey, its full history kept as exported, so audits outlive Temporal's retention. Append-only. */
@Entity({ name: 'journey_history_archive' })
export class JourneyHistoryArchiveRow {
  @PrimaryColumn({ name: 'workflow_id', type: 'text' })
  workflowId: string;

  @PrimaryColumn({ name: 'run_id', type: 'text' })
  runId: string;

  /** When the run started: orders the runs of one workflow without reading their histories. */
  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  /** The history as proto3 JSON text (the format of `temporal workflow show --output json`). */
  @Column({ type: 'text' })
  history: string;

  @Column({ name: 'archived_at', type: 'timestamptz' })
  archivedAt: Date;
}
