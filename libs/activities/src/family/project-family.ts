import { DataSource } from 'typeorm';
import type { FamilyProjection } from './family-projection';

/**
 * Writes one step of a family into the read model in a single transaction. Idempotent:
 * events and notifications are keyed by position and inserted once; the family row and its tasks
 * are only overwritten by a projection that has seen at least as many events.
 */
export async function projectFamily(dataSource: DataSource, projection: FamilyProjection): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const { familyId, summary } = projection;
    const current: Array<{ event_count: number }> = await manager.query(
      'SELECT event_count FROM families WHERE family_id = $1 FOR UPDATE',
      [familyId],
    );
    for (const event of projection.events) {
      await manager.query(
        `INSERT INTO family_events (family_id, sequence, type, occurred_at, actor_id, actor_role, payload)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
        [familyId, event.sequence, event.type, event.at, event.actorId, event.actorRole, JSON.stringify(event.payload)],
      );
    }
    for (const notification of projection.notifications) {
      await manager.query(
        `INSERT INTO notification_outbox (notification_id, family_id, recipient_role, kind, summary, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
        [notification.notificationId, familyId, notification.recipientRole, notification.kind, notification.summary, notification.createdAt],
      );
    }
    if (current.length > 0 && current[0].event_count > projection.eventCount) return;
    await manager.query(
      `INSERT INTO families (family_id, display_name, stage, home_district, capacity, free_capacity, linked_journey_ids,
         applied_at, approved_at, waiting_since, flagged_long_wait, candidate, event_count, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, now())
       ON CONFLICT (family_id) DO UPDATE SET
         display_name = EXCLUDED.display_name, stage = EXCLUDED.stage, home_district = EXCLUDED.home_district,
         capacity = EXCLUDED.capacity, free_capacity = EXCLUDED.free_capacity, linked_journey_ids = EXCLUDED.linked_journey_ids,
         approved_at = EXCLUDED.approved_at, waiting_since = EXCLUDED.waiting_since,
         flagged_long_wait = EXCLUDED.flagged_long_wait, candidate = EXCLUDED.candidate, event_count = EXCLUDED.event_count, updated_at = now()`,
      [
        familyId, summary.displayName, summary.stage, summary.homeDistrict, summary.capacity, summary.freeCapacity,
        summary.linkedJourneyIds, summary.appliedAt, summary.approvedAt, summary.waitingSince, summary.flaggedLongWait,
        JSON.stringify(summary.candidate), projection.eventCount,
      ],
    );
    for (const task of projection.tasks) {
      await manager.query(
        `INSERT INTO tasks (task_id, family_id, kind, assignee_role, due_at, status, opened_at, closed_at, summary)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (task_id) DO UPDATE SET status = EXCLUDED.status, due_at = EXCLUDED.due_at,
           closed_at = EXCLUDED.closed_at, summary = EXCLUDED.summary`,
        [`${familyId}/${task.taskId}`, familyId, task.kind, task.assigneeRole, task.dueAt, task.status, task.openedAt, task.closedAt, task.summary],
      );
    }
  });
}
