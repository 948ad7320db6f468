import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A person has read a notification (a role-wide notification is read per person). */
@Entity({ name: 'notification_reads' })
export class NotificationReadRow {
  @PrimaryColumn({ name: 'notification_id', type: 'text' })
  notificationId: string;

  @PrimaryColumn({ name: 'person_id', type: 'text' })
  personId: string;

  @Column({ name: 'read_at', type: 'timestamptz', default: () => 'now()' })
  readAt: Date;
}
