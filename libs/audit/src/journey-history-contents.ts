import { defaultPayloadConverter } from '@temporalio/common';
import type { temporal } from '@temporalio/proto';
import type { Instant, JourneyEvent, Role } from '@venskab/domain/journey';
import type { ProjectedJourneyEvent, ProjectedJourneyEvents } from '@venskab/contracts';
import type { JourneyWorkflowInput } from '@venskab/contracts';
import { timestampMs } from './history-json';
import type { JourneyRunHistory } from './journey-run-history';

type HistoryEvent = temporal.api.history.v1.IHistoryEvent;
type Payload = temporal.api.common.v1.IPayload;

/** A domain event with its position in the journey's event list (0-based, as the read model numbers it). */
export interface SequencedJourneyEvent {
  sequence: number;
  event: JourneyEvent;
}

/** What a journey's histories say: how it was started, every projected domain event, and when it was last projected. */
export interface JourneyHistoryContents {
  input: JourneyWorkflowInput;
  events: SequencedJourneyEvent[];
  /** The workflow clock when the last projection was computed: the moment the read model's journey row describes. */
  lastProjectedAt: Instant | null;
}

export class IncompleteJourneyHistoryError extends Error {}

const LOCAL_ACTIVITY_MARKER = 'core_local_activity';

function decode<T>(payload: Payload | null | undefined): T | undefined {
  return payload ? defaultPayloadConverter.fromPayload<T>(payload as Parameters<typeof defaultPayloadConverter.fromPayload>[0]) : undefined;
}

export function toDomainEvent(projected: ProjectedJourneyEvent): JourneyEvent {
  return { ...projected.payload, type: projected.type, at: projected.at, actor: { userId: projected.actorId, role: projected.actorRole as Role } } as JourneyEvent;
}

/** The result of a projectJourney local activity, or null for any other event (or a projection that recorded no result). */
function projectionResult(event: HistoryEvent): ProjectedJourneyEvents | null {
  const marker = event.markerRecordedEventAttributes;
  if (!marker || marker.markerName !== LOCAL_ACTIVITY_MARKER) return null;
  const data = decode<{ activity_type?: string }>(marker.details?.data?.payloads?.[0]);
  if (data?.activity_type !== 'projectJourney') return null;
  return decode<ProjectedJourneyEvents | null>(marker.details?.result?.payloads?.[0]) ?? null;
}

/**
 * The workflow clock of the task that recorded `marker`: inside the workflow, Date.now() is the
 * start time of the current workflow task (whole milliseconds), and a local activity's marker is
 * written when that task completes.
 */
function workflowTimeOf(marker: HistoryEvent, byId: Map<number, HistoryEvent>): Instant | null {
  const completed = byId.get(Number(marker.markerRecordedEventAttributes?.workflowTaskCompletedEventId));
  const started = byId.get(Number(completed?.workflowTaskCompletedEventAttributes?.startedEventId));
  return started?.eventTime ? new Date(timestampMs(started.eventTime)).toISOString() : null;
}

/**
 * Reads the domain events out of a journey's runs (oldest first). A continued run's start input
 * carries everything earlier, and each projectJourney marker holds the events it wrote; the same
 * event appears in both, so events are merged by sequence. A gap means part of the evidence is
 * missing, which is an error rather than a shorter timeline.
 */
export function journeyHistoryContents(runs: JourneyRunHistory[]): JourneyHistoryContents {
  if (runs.length === 0) throw new IncompleteJourneyHistoryError('no workflow runs');
  const bySequence = new Map<number, JourneyEvent>();
  let lastProjectedAt: Instant | null = null;
  for (const run of runs) {
    startInputOf(run).carried?.events.forEach((event, sequence) => bySequence.set(sequence, event));
    const events = run.history.events ?? [];
    const byId = new Map(events.map((event) => [Number(event.eventId), event]));
    for (const event of events) {
      const result = projectionResult(event);
      if (!result) continue;
      for (const projected of result.events) bySequence.set(projected.sequence, toDomainEvent(projected));
      lastProjectedAt = workflowTimeOf(event, byId) ?? lastProjectedAt;
    }
  }
  const sequences = [...bySequence.keys()].sort((a, b) => a - b);
  const gap = sequences.findIndex((sequence, index) => sequence !== index);
  if (gap >= 0) throw new IncompleteJourneyHistoryError(`The history of ${runs[0].workflowId} lacks event ${gap}.`);
  const { carried: _carried, ...input } = startInputOf(runs[0]);
  return { input, events: sequences.map((sequence) => ({ sequence, event: bySequence.get(sequence)! })), lastProjectedAt };
}

function startInputOf(run: JourneyRunHistory): JourneyWorkflowInput {
  const input = decode<JourneyWorkflowInput>(run.history.events?.[0]?.workflowExecutionStartedEventAttributes?.input?.payloads?.[0]);
  if (!input) throw new IncompleteJourneyHistoryError(`Run ${run.runId} of ${run.workflowId} does not start with the journey's input.`);
  return input;
}
