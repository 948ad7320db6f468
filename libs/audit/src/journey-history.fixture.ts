import { JourneyEvent, JourneyState } from '@venskab/domain/journey';
import { caseworker, consented, day, eligibleChild, JourneyHarness, policy, screened } from '@venskab/domain/journey/journey.fixture';
import { toJourneyProjection } from '@venskab/workflows/journey/journey-projection-mapping';
import type { JourneyWorkflowInput } from '@venskab/contracts';
import { historyFromJson } from './history-json';
import type { JourneyRunHistory } from './journey-run-history';

/**
 * Hand-made journey histories in proto3 JSON, shaped like the server's: a first run whose
 * projectJourney markers hold events 0–2 and that continues as new, and a second run that carries
 * those events in its input and projects event 3. Only the events the audit reads are included.
 */

export const JOURNEY_ID = 'j-1';
export const WORKFLOW_ID = `journey-${JOURNEY_ID}`;

/** Referral, consent, the screening deadline passing (a missed deadline), then the screening visit. */
export function fixtureJourney(): { events: JourneyEvent[]; state: JourneyState; input: JourneyWorkflowInput } {
  const h: JourneyHarness = consented();
  h.tick(day(2 + policy.screeningDueDays));
  screened(h);
  const input: JourneyWorkflowInput = {
    journeyId: JOURNEY_ID,
    programme: 'hjem-til-os',
    childLabel: 'T.E.',
    policy,
    referral: { type: 'ReferChild', actor: caseworker, journeyId: JOURNEY_ID, child: eligibleChild },
  };
  return { events: h.events, state: h.state, input };
}

const base64 = (text: string) => Buffer.from(text).toString('base64');
const payload = (value: unknown) => ({ metadata: { encoding: base64('json/plain') }, data: base64(JSON.stringify(value)) });
const nullPayload = () => ({ metadata: { encoding: base64('binary/null') } });

type RawEvent = Record<string, unknown>;

class RunBuilder {
  readonly events: RawEvent[] = [];

  private add(eventType: string, time: string, attributes: Record<string, unknown>): string {
    const eventId = String(this.events.length + 1);
    this.events.push({ eventId, eventTime: time, eventType: `EVENT_TYPE_${eventType}`, ...attributes });
    return eventId;
  }

  started(time: string, input: JourneyWorkflowInput, continuedFrom?: string): this {
    this.add('WORKFLOW_EXECUTION_STARTED', time, {
      workflowExecutionStartedEventAttributes: {
        workflowType: { name: 'journeyWorkflow' },
        taskQueue: { name: 'venskab', kind: 'TASK_QUEUE_KIND_NORMAL' },
        input: { payloads: [payload(input)] },
        ...(continuedFrom ? { continuedExecutionRunId: continuedFrom } : {}),
      },
    });
    return this;
  }

  /** A workflow task started at `time` that recorded one local-activity marker per entry of `markers`. */
  task(time: string, markers: Array<{ activityType: string; result?: unknown; failed?: boolean }>): this {
    const scheduled = this.add('WORKFLOW_TASK_SCHEDULED', time, { workflowTaskScheduledEventAttributes: { taskQueue: { name: 'venskab' } } });
    const started = this.add('WORKFLOW_TASK_STARTED', time, { workflowTaskStartedEventAttributes: { scheduledEventId: scheduled } });
    const completed = this.add('WORKFLOW_TASK_COMPLETED', time, {
      workflowTaskCompletedEventAttributes: { scheduledEventId: scheduled, startedEventId: started },
    });
    for (const marker of markers) {
      this.add('MARKER_RECORDED', time, {
        markerRecordedEventAttributes: {
          markerName: 'core_local_activity',
          details: {
            data: { payloads: [payload({ seq: 1, attempt: 1, activity_id: '1', activity_type: marker.activityType })] },
            ...(marker.failed ? {} : { result: { payloads: [marker.result === undefined ? nullPayload() : payload(marker.result)] } }),
          },
          workflowTaskCompletedEventId: completed,
          ...(marker.failed ? { failure: { message: 'PostgreSQL is down' } } : {}),
        },
      });
    }
    return this;
  }

  continuedAsNew(time: string, newRunId: string): this {
    this.add('WORKFLOW_EXECUTION_CONTINUED_AS_NEW', time, {
      workflowExecutionContinuedAsNewEventAttributes: { newExecutionRunId: newRunId, workflowType: { name: 'journeyWorkflow' } },
    });
    return this;
  }

  run(runId: string): JourneyRunHistory {
    return { workflowId: WORKFLOW_ID, runId, history: historyFromJson(JSON.stringify({ events: this.events })), source: 'temporal' };
  }
}

export const TASK_TIMES = ['2025-01-06T09:00:00.100200300Z', '2025-01-22T09:00:01.500000000Z', '2025-01-22T09:00:02.999999999Z'];

/** The two runs, oldest first; `skipFirstProjection` leaves events 0–1 out of the first run, as a lost marker would. */
export function fixtureRuns(options: { skipFirstProjection?: boolean } = {}): JourneyRunHistory[] {
  const { events, state, input } = fixtureJourney();
  const projected = (from: number, to: number) => ({
    journeyId: JOURNEY_ID,
    events: toJourneyProjection(input, state, events.slice(0, to), from, events[to - 1].at).events,
  });
  const first = new RunBuilder()
    .started(TASK_TIMES[0], input)
    .task(TASK_TIMES[0], [
      { activityType: 'projectJourney', failed: true },
      ...(options.skipFirstProjection ? [] : [{ activityType: 'projectJourney', result: projected(0, 2) }]),
    ])
    .task(TASK_TIMES[1], [{ activityType: 'projectJourney', result: projected(2, 3) }])
    .continuedAsNew(TASK_TIMES[1], 'run-2');
  const second = new RunBuilder()
    .started(TASK_TIMES[1], { ...input, carried: { events: events.slice(0, 3), projectedCount: 3 } }, 'run-1')
    .task(TASK_TIMES[2], [
      { activityType: 'projectFamily', result: { familyId: 'family-1', events: [] } },
      { activityType: 'projectJourney', result: projected(3, 4) },
    ]);
  return [first.run('run-1'), second.run('run-2')];
}
