import { DataSource } from 'typeorm';
import type { FamilyProjection } from '@venskab/contracts';

/**
 * Writes one step of a family into the read model as one SQL statement (atomic, one round trip).
 * Idempotent: events and notifications are keyed by position and inserted once; the family row
 * and its tasks are only overwritten by a projection that has seen at least as many events. Tasks are only
 * written while the family row, read with a lock, has not seen more events (a concurrent newer
 * projection makes an older one wait for it, then skip).
 */
const PROJECT_FAMILY_SQL = `
WITH current AS (
  SELECT event_count FROM families WHERE family_id = $1 FOR UPDATE
), fresh AS (
  SELECT NOT EXISTS (SELECT 1 FROM current WHERE current.event_count > $13) AS fresh
), new_events AS (
  INSERT INTO family_events (family_id, sequence, type, occurred_at, actor_id, actor_role, payload)
  SELECT $1, e.sequence, e.type, e.at, e."actorId", e."actorRole", e.payload
  FROM jsonb_to_recordset($14::jsonb) AS e(sequence int, type text, at timestamptz, "actorId" text, "actorRole" text, payload jsonb)
  ON CONFLICT DO NOTHING
), new_notifications AS (
  INSERT INTO notification_outbox (notification_id, family_id, recipient_role, kind, summary, created_at)
  SELECT n."notificationId", $1, n."recipientRole", n.kind, n.summary, n."createdAt"
  FROM jsonb_to_recordset($15::jsonb) AS n("notificationId" text, "recipientRole" text, kind text, summary text, "createdAt" timestamptz)
  ON CONFLICT DO NOTHING
), family_row AS (
  INSERT INTO families (family_id, display_name, stage, home_district, capacity, free_capacity, linked_journey_ids,
    applied_at, approved_at, waiting_since, flagged_long_wait, candidate, event_count, updated_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, now())
  ON CONFLICT (family_id) DO UPDATE SET
    display_name = EXCLUDED.display_name, stage = EXCLUDED.stage, home_district = EXCLUDED.home_district,
    capacity = EXCLUDED.capacity, free_capacity = EXCLUDED.free_capacity, linked_journey_ids = EXCLUDED.linked_journey_ids,
    approved_at = EXCLUDED.approved_at, waiting_since = EXCLUDED.waiting_since,
    flagged_long_wait = EXCLUDED.flagged_long_wait, candidate = EXCLUDED.candidate, event_count = EXCLUDED.event_count, updated_at = now()
  WHERE families.event_count <= EXCLUDED.event_count
), task_rows AS (
  INSERT INTO tasks (task_id, family_id, kind, assignee_role, due_at, status, opened_at, closed_at, summary)
  SELECT $1 || '/' || t."taskId", $1, t.kind, t."assigneeRole", t."dueAt", t.status, t."openedAt", t."closedAt", t.summary
  FROM jsonb_to_recordset($16::jsonb) AS t("taskId" text, kind text, "assigneeRole" text, "dueAt" timestamptz, status text,
    "openedAt" timestamptz, "closedAt" timestamptz, summary text), fresh
  WHERE fresh.fresh
  ON CONFLICT (task_id) DO UPDATE SET status = EXCLUDED.status, due_at = EXCLUDED.due_at,
    closed_at = EXCLUDED.closed_at, summary = EXCLUDED.summary
)
SELECT 1`;

export async function projectFamily(dataSource: DataSource, projection: FamilyProjection): Promise<void> {
  const { familyId, summary } = projection;
  await dataSource.query(PROJECT_FAMILY_SQL, [
    familyId, summary.displayName, summary.stage, summary.homeDistrict, summary.capacity, summary.freeCapacity,
    summary.linkedJourneyIds, summary.appliedAt, summary.approvedAt, summary.waitingSince, summary.flaggedLongWait,
    JSON.stringify(summary.candidate), projection.eventCount,
    JSON.stringify(projection.events), JSON.stringify(projection.notifications), JSON.stringify(projection.tasks),
  ]);
}
