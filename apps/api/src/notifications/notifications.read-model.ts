import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { rolesNotifiedAsAWhole } from '@venskab/domain/notifications';
import type { Identity } from '../identity/identity';

/** Who reads the inbox; only what every kind of sign-in carries. */
export type Reader = Pick<Identity, 'userId' | 'role' | 'familyId'>;

export interface NotificationItem {
  notificationId: string;
  kind: string;
  reminderKind?: string;
  journeyId?: string;
  familyId?: string;
  childLabel?: string;
  familyName?: string;
  createdAt: string;
  read: boolean;
}

export interface NotificationPage {
  items: NotificationItem[];
  total: number;
  unread: number;
}

/** The notifications with the reader's read marks ($1 the reader's person id). */
const NOTIFICATIONS_WITH_READS = `
  FROM notification_outbox n
  LEFT JOIN journeys j ON j.journey_id = n.journey_id
  LEFT JOIN notification_reads r ON r.notification_id = n.notification_id AND r.person_id = $1`;

/**
 * Those addressed to the reader ($1 person, $2 role, $3 family, $4 roles notified as a whole): to
 * them by name, or to their role — a caseworker's only for the children they referred, a family's
 * only for its own journeys, a parent's only for their own children.
 */
const ADDRESSED_TO_READER = `
  WHERE (n.recipient_person_id = $1 OR (n.recipient_person_id IS NULL AND n.recipient_role = $2 AND (
    $2 = ANY($4::text[])
    OR ($2 = 'caseworker' AND j.caseworker_id = $1)
    OR ($2 = 'volunteer_family' AND coalesce(j.family_id, n.family_id) = $3)
    OR ($2 = 'parent' AND n.journey_id = ANY(coalesce((SELECT journey_ids FROM people WHERE person_id = $1), '{}')))
  )))`;

const READER_NOTIFICATIONS = `${NOTIFICATIONS_WITH_READS} ${ADDRESSED_TO_READER}`;

interface ItemRow {
  notification_id: string;
  kind: string;
  reminder_kind: string | null;
  journey_id: string | null;
  family_id: string | null;
  child_label: string | null;
  family_name: string | null;
  created_at: Date;
  read: boolean;
}

/** The reader's inbox on the outbox; read marks are kept per person, so a role-wide notification is read by each alone. */
@Injectable()
export class NotificationsReadModel {
  constructor(private readonly dataSource: DataSource) {}

  async page(reader: Reader, filter: { unread?: boolean; limit: number; offset: number }): Promise<NotificationPage> {
    const readFilter = filter.unread === undefined ? '' : filter.unread ? ' AND r.person_id IS NULL' : ' AND r.person_id IS NOT NULL';
    // A reminder's kind is in its event; the notification's id holds the event's position.
    const rows: ItemRow[] = await this.dataSource.query(
      `SELECT n.notification_id, n.kind, e.payload->>'reminder' AS reminder_kind, n.journey_id, n.family_id,
         j.child_label, f.display_name AS family_name, n.created_at, r.person_id IS NOT NULL AS read
       ${NOTIFICATIONS_WITH_READS}
       LEFT JOIN families f ON f.family_id = n.family_id
       LEFT JOIN journey_events e ON n.kind = 'ReminderFired' AND e.journey_id = n.journey_id
         AND e.sequence::text = split_part(n.notification_id, '/', 2)
       ${ADDRESSED_TO_READER}${readFilter}
       ORDER BY n.created_at DESC, n.notification_id DESC
       LIMIT $5 OFFSET $6`,
      [...this.parameters(reader), filter.limit, filter.offset],
    );
    const { total, unread } = await this.counts(reader);
    const matching = filter.unread === undefined ? total : filter.unread ? unread : total - unread;
    return { items: rows.map(toItem), total: matching, unread };
  }

  async unreadCount(reader: Reader): Promise<number> {
    return (await this.counts(reader)).unread;
  }

  /** Marks one notification read; false when it is not addressed to the reader. */
  async markRead(reader: Reader, notificationId: string): Promise<boolean> {
    const marked: Array<{ notification_id: string }> = await this.dataSource.query(
      `INSERT INTO notification_reads (notification_id, person_id)
       SELECT n.notification_id, $1 ${READER_NOTIFICATIONS} AND n.notification_id = $5
       ON CONFLICT DO NOTHING
       RETURNING notification_id`,
      [...this.parameters(reader), notificationId],
    );
    if (marked.length > 0) return true;
    // Read before, or not the reader's at all.
    const [known]: Array<{ found: boolean }> = await this.dataSource.query(
      `SELECT count(*) > 0 AS found ${READER_NOTIFICATIONS} AND n.notification_id = $5`,
      [...this.parameters(reader), notificationId],
    );
    return known.found;
  }

  async markAllRead(reader: Reader): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO notification_reads (notification_id, person_id)
       SELECT n.notification_id, $1 ${READER_NOTIFICATIONS} AND r.person_id IS NULL
       ON CONFLICT DO NOTHING`,
      this.parameters(reader),
    );
  }

  private async counts(reader: Reader): Promise<{ total: number; unread: number }> {
    const [row]: Array<{ total: number; unread: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE r.person_id IS NULL)::int AS unread ${READER_NOTIFICATIONS}`,
      this.parameters(reader),
    );
    return row;
  }

  private parameters(reader: Reader): unknown[] {
    return [reader.userId, reader.role, reader.familyId ?? null, rolesNotifiedAsAWhole()];
  }
}

function toItem(row: ItemRow): NotificationItem {
  return {
    notificationId: row.notification_id,
    kind: row.kind,
    ...(row.reminder_kind ? { reminderKind: row.reminder_kind } : {}),
    ...(row.journey_id ? { journeyId: row.journey_id } : {}),
    ...(row.family_id ? { familyId: row.family_id } : {}),
    ...(row.child_label ? { childLabel: row.child_label } : {}),
    ...(row.family_name ? { familyName: row.family_name } : {}),
    createdAt: row.created_at.toISOString(),
    read: row.read,
  };
}
