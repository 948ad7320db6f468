import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { JourneyKpiFacts } from '@venskab/domain/kpis';

/** One row per child's journey: what list screens and waiting lists read. Written only by the journey workflow's projection. */
@Entity({ name: 'journeys' })
export class JourneyRow {
  @PrimaryColumn({ name: 'journey_id', type: 'text' })
  journeyId: string;

  @Column({ type: 'text' })
  stage: string;

  @Column({ type: 'text' })
  programme: string;

  @Column({ name: 'caseworker_id', type: 'text' })
  caseworkerId: string;

  @Column({ name: 'caseworker_unit', type: 'text' })
  caseworkerUnit: string;

  /** A non-identifying label (e.g. initials) so coordinators can tell children apart in lists. */
  @Column({ name: 'child_label', type: 'text' })
  childLabel: string;

  @Column({ name: 'child_age', type: 'int' })
  childAge: number;

  @Column({ name: 'family_id', type: 'text', nullable: true })
  familyId: string | null;

  @Column({ name: 'referred_at', type: 'timestamptz' })
  referredAt: Date;

  @Column({ name: 'stage_entered_at', type: 'timestamptz' })
  stageEnteredAt: Date;

  @Column({ name: 'matched_at', type: 'timestamptz', nullable: true })
  matchedAt: Date | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ name: 'rematch_count', type: 'int', default: 0 })
  rematchCount: number;

  @Column({ name: 'cancelled_visits', type: 'int', default: 0 })
  cancelledVisits: number;

  @Column({ name: 'next_due_at', type: 'timestamptz', nullable: true })
  nextDueAt: Date | null;

  @Column({ type: 'boolean', default: false })
  overdue: boolean;

  /** The journey's own programme day in ms (its policy's); null for rows projected before the column existed. Not for lists. */
  @Column({ name: 'day_length_ms', type: 'bigint', nullable: true, select: false })
  dayLengthMs: string | null;

  /** Number of domain events projected so far; a retried projection with fewer is ignored. */
  @Column({ name: 'event_count', type: 'int' })
  eventCount: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** What the journey adds to the key figures, as of its last KPI event (the projection keeps it); null: no KPI event yet. Not for lists. */
  @Column({ name: 'kpi_facts', type: 'jsonb', nullable: true, select: false })
  kpiFacts: JourneyKpiFacts | null;

  /** The number of events up to the last KPI event the facts hold, so an older projection never overwrites newer facts. */
  @Column({ name: 'kpi_facts_event_count', type: 'int', nullable: true, select: false })
  kpiFactsEventCount: number | null;
}
