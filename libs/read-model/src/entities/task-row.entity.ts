import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A reminder or deadline someone must act on; opened and closed by the workflow's events. */
@Entity({ name: 'tasks' })
export class TaskRow {
  /** `${journeyId or familyId}/${task id}`: stable, so re-projecting updates instead of duplicating. */
  @PrimaryColumn({ name: 'task_id', type: 'text' })
  taskId: string;

  /** The journey this task belongs to; null when it belongs to a family (exactly one of the two is set). */
  @Column({ name: 'journey_id', type: 'text', nullable: true })
  journeyId: string | null;

  @Column({ name: 'family_id', type: 'text', nullable: true })
  familyId: string | null;

  @Column({ type: 'text' })
  kind: string;

  @Column({ name: 'assignee_role', type: 'text' })
  assigneeRole: string;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ type: 'text' })
  status: 'open' | 'done';

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'text' })
  summary: string;
}
