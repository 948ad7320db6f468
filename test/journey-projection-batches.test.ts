import type { temporal } from '@temporalio/proto';
import { defaultPayloadConverter } from '@temporalio/common';
import { decodeHistory } from '@venskab/audit/decode-history';
import { DEFAULT_JOURNEY_POLICY } from '@venskab/domain/journey';
import { expectProjectionMatches, JourneyDriver, projectedRows } from './support/journey-driver';
import { startTestStack, TestStack } from './support/test-stack';
import { waitFor } from './support/wait-for';

type HistoryEvent = temporal.api.history.v1.IHistoryEvent;

/** The sequences of the domain events each projectJourney local activity wrote, in history order. */
function projectionsIn(history: temporal.api.history.v1.IHistory): number[][] {
  const decode = (payload: unknown) => defaultPayloadConverter.fromPayload(payload as Parameters<typeof defaultPayloadConverter.fromPayload>[0]);
  return (history.events ?? [])
    .map((event: HistoryEvent) => event.markerRecordedEventAttributes)
    .filter((marker) => marker?.markerName === 'core_local_activity')
    .filter((marker) => (decode(marker!.details!.data!.payloads![0]) as { activity_type: string }).activity_type === 'projectJourney')
    .map((marker) => (decode(marker!.details!.result!.payloads![0]) as { events: Array<{ sequence: number }> }).events.map((event) => event.sequence));
}

// Journeys answer a command before projecting it; the read model follows within the projection delay.
describe('journey: projection in batches', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());

  it('answers commands at once and writes a burst of them as one projection, once the delay has passed', async () => {
    // A real programme day, so nothing is due; a delay long enough that the commands below fall inside it.
    const journey = await JourneyDriver.start(stack, { name: 'batches', dayLengthMs: DEFAULT_JOURNEY_POLICY.dayLengthMs, projectionDelayMs: 3000 });
    await journey.consent();
    const screened = await journey.screen();

    expect(screened.state.stage).toBe('matching');
    expect((await projectedRows(stack.dataSource, journey.journeyId)).journey).toBeUndefined();

    const snapshot = await journey.settled();
    expectProjectionMatches(snapshot);
    expect(snapshot.rows.journey).toMatchObject({ stage: 'matching', event_count: screened.eventCount });
    const everySequence = Array.from({ length: screened.eventCount }, (_, sequence) => sequence);
    // The rows are written before the workflow task that records the local activity's marker completes.
    const projections = await waitFor(async () => {
      const found = projectionsIn(await decodeHistory(await journey.handle.fetchHistory(), [stack.protection.codec], journey.handle.workflowId, 'default'));
      return found.length > 0 ? found : undefined;
    });
    expect(projections).toEqual([everySequence]);
  });
});
