import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { FamilyCandidate } from '@venskab/domain/matching';

/** One row per volunteer family: what family lists and the families' waiting list read. Written only by the family workflow's projection. */
@Entity({ name: 'families' })
export class FamilyRow {
  @PrimaryColumn({ name: 'family_id', type: 'text' })
  familyId: string;

  /** The name coordinators see in lists (e.g. "Familien Hansen"). */
  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ type: 'text' })
  stage: string;

  /** Null until the home visit records where the family lives. */
  @Column({ name: 'home_district', type: 'text', nullable: true })
  homeDistrict: string | null;

  /** How many children the family can have visiting at the same time (0 before the home visit). */
  @Column({ type: 'int' })
  capacity: number;

  /** Places not taken by a match or held by a proposed match. */
  @Column({ name: 'free_capacity', type: 'int' })
  freeCapacity: number;

  /** Journeys the family is proposed for or matched with now. */
  @Column({ name: 'linked_journey_ids', type: 'text', array: true })
  linkedJourneyIds: string[];

  @Column({ name: 'applied_at', type: 'timestamptz' })
  appliedAt: Date;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  /** Start of the current wait for a child; null when the family is not waiting (not approved, full, paused or left). */
  @Column({ name: 'waiting_since', type: 'timestamptz', nullable: true })
  waitingSince: Date | null;

  /** The current waiting period has passed the policy's limit and was flagged. */
  @Column({ name: 'flagged_long_wait', type: 'boolean' })
  flaggedLongWait: boolean;

  /**
   * The family as matching sees it (household, certificates, capacity, notes), written with every
   * event, so a child's suggestions rank every family with one read. Holds names: not for lists.
   */
  @Column({ type: 'jsonb', select: false })
  candidate: FamilyCandidate;

  /** Number of domain events projected so far; a retried projection with fewer is ignored. */
  @Column({ name: 'event_count', type: 'int' })
  eventCount: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
