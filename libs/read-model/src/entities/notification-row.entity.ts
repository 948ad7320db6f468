import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Outbox: notifications to send. Sending is a separate concern that marks `sentAt`. */
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

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
