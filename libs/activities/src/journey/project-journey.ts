import { DataSource } from 'typeorm';
import type { JourneyProjection, ProjectedJourneyEvents } from '@venskab/contracts';
import { changesKpiFacts, keepKpiFacts } from './keep-kpi-facts';

/**
 * Writes one step of a journey into the read model as one SQL statement (atomic on its own, one
 * round trip: a projection runs with every command, so round trips are its main cost). Idempotent:
 * events and notifications are keyed by position and inserted once (a caseworker's notification is
 * addressed to the journey's own caseworker, who referred the child); the journey row and tasks are
 * only overwritten by a projection that has seen at least as many events. Tasks are only
 * written while the journey row, read with a lock, has not seen more events (a concurrent newer
 * projection makes an older one wait for it, then skip).
 *
 * It answers with the events it wrote. That answer is recorded in the local activity's marker, so
 * the workflow history itself holds every domain event: the audit timeline and the state an
 * auditor reconstructs are read from the history (or its archive), not from these tables.
 */
const PROJECT_JOURNEY_SQL = `
WITH current AS (
  SELECT event_count FROM journeys WHERE journey_id = $1 FOR UPDATE
), fresh AS (
  SELECT NOT EXISTS (SELECT 1 FROM current WHERE current.event_count > $17) AS fresh
), new_events AS (
  INSERT INTO journey_events (journey_id, sequence, type, occurred_at, actor_id, actor_role, milestone, payload)
  SELECT $1, e.sequence, e.type, e.at, e."actorId", e."actorRole", e.milestone, e.payload
  FROM jsonb_to_recordset($18::jsonb) AS e(sequence int, type text, at timestamptz, "actorId" text, "actorRole" text, milestone boolean, payload jsonb)
  ON CONFLICT DO NOTHING
), new_notifications AS (
  INSERT INTO notification_outbox (notification_id, journey_id, recipient_role, recipient_person_id, kind, summary, created_at)
  SELECT n."notificationId", $1, n."recipientRole", CASE WHEN n."recipientRole" = 'caseworker' THEN $4::text END, n.kind, n.summary, n."createdAt"
  FROM jsonb_to_recordset($19::jsonb) AS n("notificationId" text, "recipientRole" text, kind text, summary text, "createdAt" timestamptz)
  ON CONFLICT DO NOTHING
), journey_row AS (
  INSERT INTO journeys (journey_id, stage, programme, caseworker_id, caseworker_unit, child_label, child_age, family_id,
    referred_at, stage_entered_at, matched_at, ended_at, rematch_count, cancelled_visits, next_due_at, overdue, event_count, updated_at, day_length_ms)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, now(), $21)
  ON CONFLICT (journey_id) DO UPDATE SET
    stage = EXCLUDED.stage, family_id = EXCLUDED.family_id, stage_entered_at = EXCLUDED.stage_entered_at,
    matched_at = EXCLUDED.matched_at, ended_at = EXCLUDED.ended_at, rematch_count = EXCLUDED.rematch_count,
    cancelled_visits = EXCLUDED.cancelled_visits, next_due_at = EXCLUDED.next_due_at, overdue = EXCLUDED.overdue,
    event_count = EXCLUDED.event_count, updated_at = now(), day_length_ms = EXCLUDED.day_length_ms
  WHERE journeys.event_count <= EXCLUDED.event_count
), task_rows AS (
  INSERT INTO tasks (task_id, journey_id, kind, assignee_role, due_at, status, opened_at, closed_at, summary)
  SELECT $1 || '/' || t."taskId", $1, t.kind, t."assigneeRole", t."dueAt", t.status, t."openedAt", t."closedAt", t.summary
  FROM jsonb_to_recordset($20::jsonb) AS t("taskId" text, kind text, "assigneeRole" text, "dueAt" timestamptz, status text,
    "openedAt" timestamptz, "closedAt" timestamptz, summary text), fresh
  WHERE fresh.fresh
  ON CONFLICT (task_id) DO UPDATE SET status = EXCLUDED.status, due_at = EXCLUDED.due_at,
    closed_at = EXCLUDED.closed_at, summary = EXCLUDED.summary
)
SELECT 1`;

export async function projectJourney(dataSource: DataSource, projection: JourneyProjection): Promise<ProjectedJourneyEvents> {
  const { journeyId, summary } = projection;
  await dataSource.query(PROJECT_JOURNEY_SQL, [
    journeyId, summary.stage, summary.programme, summary.caseworkerId, summary.caseworkerUnit, summary.childLabel,
    summary.childAge, summary.familyId, summary.referredAt, summary.stageEnteredAt, summary.matchedAt, summary.endedAt,
    summary.rematchCount, summary.cancelledVisits, summary.nextDueAt, summary.overdue, projection.eventCount,
    JSON.stringify(projection.events), JSON.stringify(projection.notifications), JSON.stringify(projection.tasks),
    summary.dayLengthMs,
  ]);
  // Rarely (about one projection in ten): the key figures' facts are kept per journey, not folded per request.
  if (changesKpiFacts(projection.events)) await keepKpiFacts(dataSource, journeyId);
  return { journeyId, events: projection.events };
}
