import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One read of a journey by a person: who, in which role, what they read, when. Append-only. */
@Entity({ name: 'journey_read_log' })
export class JourneyReadLogRow {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'journey_id', type: 'text' })
  journeyId: string;

  @Column({ name: 'user_id', type: 'text' })
  userId: string;

  @Column({ type: 'text' })
  role: string;

  /** The endpoint read, e.g. "GET /journeys/:journeyId/timeline". */
  @Column({ type: 'text' })
  what: string;

  @Column({ name: 'read_at', type: 'timestamptz' })
  readAt: Date;
}
