import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Outbox: notifications to show in inboxes and to e-mail. The worker's sender marks `sentAt` once e-mailed. */
@Entity({ name: 'notification_outbox' })
export class NotificationRow {
  /** `${journeyId or familyId}/${event sequence}/${recipient role}`: one notification per event and recipient. */
  @PrimaryColumn({ name: 'notification_id', type: 'text' })
  notificationId: string;

  /** The journey this notification belongs to; null when it belongs to a family (exactly one of the two is set). */
  @Column({ name: 'journey_id', type: 'text', nullable: true })
  journeyId: string | null;

  @Column({ name: 'family_id', type: 'text', nullable: true })
  familyId: string | null;

  @Column({ name: 'recipient_role', type: 'text' })
  recipientRole: string;

  /** The one person it is for (e.g. the journey's caseworker); null: everyone in the role (for a family's role, the family's adults). */
  @Column({ name: 'recipient_person_id', type: 'text', nullable: true })
  recipientPersonId: string | null;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** E-mail attempts so far; the sender backs off between them. */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;
}
