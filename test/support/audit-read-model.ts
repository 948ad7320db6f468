import { DataSource } from 'typeorm';

/**
 * The journeys' read-model rows of some journeys, in a stable order, without `updated_at` (the
 * moment of writing, which a rebuild cannot and need not reproduce).
 */
export async function journeyReadModelRows(dataSource: DataSource, journeyIds: string[]) {
  const ids = [journeyIds];
  const journeys: Array<Record<string, unknown>> = await dataSource.query('SELECT * FROM journeys WHERE journey_id = ANY($1) ORDER BY journey_id', ids);
  return {
    journeys: journeys.map(({ updated_at: _updatedAt, ...row }) => row),
    events: await dataSource.query('SELECT * FROM journey_events WHERE journey_id = ANY($1) ORDER BY journey_id, sequence', ids),
    tasks: await dataSource.query('SELECT * FROM tasks WHERE journey_id = ANY($1) ORDER BY task_id', ids),
    notifications: await dataSource.query('SELECT * FROM notification_outbox WHERE journey_id = ANY($1) ORDER BY notification_id', ids),
  };
}
