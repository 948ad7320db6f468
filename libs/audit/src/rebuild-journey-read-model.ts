import { DataSource } from 'typeorm';
import { projectJourney } from '@venskab/activities/journey/project-journey';
import { toJourneyProjection } from '@venskab/workflows/journey/journey-projection-mapping';
import type { JourneyReconstruction } from './reconstruct-journey';

/**
 * Replaces the journeys' read model (journeys, journey_events, and the journey rows of tasks and
 * notification_outbox) with what the reconstructions say, writing each through the workflow's own
 * projection mapping and the projectJourney activity, so a rebuilt row is the row the workflow wrote.
 * Reconstruct everything first: the tables are cleared only once there is something whole to write.
 */
export async function rebuildJourneyReadModel(dataSource: DataSource, journeys: JourneyReconstruction[]): Promise<void> {
  // An outbox row already sent must not go out again after the rebuild.
  const sent: Array<{ notification_id: string; sent_at: Date }> = await dataSource.query(
    'SELECT notification_id, sent_at FROM notification_outbox WHERE journey_id IS NOT NULL AND sent_at IS NOT NULL',
  );
  await dataSource.transaction(async (manager) => {
    // TRUNCATE, not DELETE: journey_events refuses row deletes (evidence), and a rebuild re-creates it from the histories.
    await manager.query('TRUNCATE journeys, journey_events');
    await manager.query('DELETE FROM tasks WHERE journey_id IS NOT NULL');
    await manager.query('DELETE FROM notification_outbox WHERE journey_id IS NOT NULL');
  });
  for (const journey of journeys) {
    if (journey.events.length === 0) continue;
    const events = journey.events.map(({ event }) => event);
    const projectedAt = journey.lastProjectedAt ?? events[events.length - 1].at;
    await projectJourney(dataSource, toJourneyProjection(journey.input, journey.state, events, 0, projectedAt));
  }
  await dataSource.query(
    `UPDATE notification_outbox o SET sent_at = s.sent_at
     FROM unnest($1::text[], $2::timestamptz[]) AS s(notification_id, sent_at) WHERE o.notification_id = s.notification_id`,
    [sent.map((row) => row.notification_id), sent.map((row) => row.sent_at)],
  );
}
