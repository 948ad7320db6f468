import { http } from './http';
import { COORDINATOR } from './referrals';
import { waitFor } from './wait-for';

/**
 * Waits until the journey's read-model row has seen every event the workflow holds. Journeys answer a
 * command before projecting it (the read model follows within its projection delay), so a test that
 * arranges a journey and then reads lists, tasks or rows waits for this first.
 */
export async function journeyProjected(baseUrl: string, journeyId: string): Promise<void> {
  await waitFor(async () => {
    const view = await http(baseUrl, 'GET', `/journeys/${journeyId}`, { actor: COORDINATOR });
    const row = await http(baseUrl, 'GET', `/journeys/${journeyId}/row`, { actor: COORDINATOR });
    return view.status === 200 && row.status === 200 && row.body.eventCount === view.body.eventCount ? true : undefined;
  });
}
