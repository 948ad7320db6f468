import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One sign-in: a token is honoured only while its session is neither expired nor revoked. */
@Entity({ name: 'sessions' })
export class SessionRow {
  @PrimaryColumn({ name: 'session_id', type: 'text' })
  sessionId: string;

  @Column({ name: 'person_id', type: 'text' })
  personId: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
