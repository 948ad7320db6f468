import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The journey's domain events, append-only, keyed by position so a retried projection cannot duplicate one. */
@Entity({ name: 'journey_events' })
export class JourneyEventRow {
  @PrimaryColumn({ name: 'journey_id', type: 'text' })
  journeyId: string;

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

  /** Whether a caseworker may see it (milestones only; never logbook text). */
  @Column({ type: 'boolean' })
  milestone: boolean;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;
}
