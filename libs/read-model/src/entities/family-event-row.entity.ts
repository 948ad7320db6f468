import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The family's domain events, append-only, keyed by position so a retried projection cannot duplicate one. */
@Entity({ name: 'family_events' })
export class FamilyEventRow {
  @PrimaryColumn({ name: 'family_id', type: 'text' })
  familyId: string;

  @PrimaryColumn({ type: 'int' })
  sequence: number;

  @Column({ type: 'text' })
  type: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'actor_id', type: 'text' })
  actorId: string;

  @Column({ name: 'actor_role', type: 'text' })
  actorRole: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;
}
