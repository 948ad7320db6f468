import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A single-use, expiring invitation; only the SHA-256 of its secret is stored. */
@Entity({ name: 'invitations' })
export class InvitationRow {
  @PrimaryColumn({ name: 'invitation_id', type: 'text' })
  invitationId: string;

  @Column({ name: 'person_id', type: 'text' })
  personId: string;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
