import { DataSource } from 'typeorm';
import { waitFor } from './wait-for';

/**
 * Waits until the family's read-model row has seen `eventCount` events (the count a command's answer
 * names). Families, like journeys, answer a command before projecting it (the read model follows
 * within its projection delay), so a test that reads rows after a command waits for this first.
 */
export async function familyProjected(dataSource: DataSource, familyId: string, eventCount: number): Promise<void> {
  await waitFor(async () => {
    const [row] = await dataSource.query('SELECT event_count FROM families WHERE family_id = $1', [familyId]);
    return row && row.event_count >= eventCount ? true : undefined;
  });
}
