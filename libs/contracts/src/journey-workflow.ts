import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { JourneyCommand, JourneyEvent, JourneyPolicy, JourneyState, ReferChild, ScheduleItem } from '@venskab/domain/journey';
import type { CarriedHistory } from './carried-history';

/** Named contracts of a child's journey, shared by the workflow, the API, the activities and the tests. */

export interface JourneyWorkflowInput {
  journeyId: string;
  /** Which programme (municipality–organisation partnership) the journey belongs to. */
  programme: string;
  /** A non-identifying label (e.g. initials) so coordinators can tell children apart; kept out of the domain and search attributes. */
  childLabel: string;
  /** The rules this journey is judged by, fixed when it starts. */
  policy: JourneyPolicy;
  referral: ReferChild;
  /** How long the read model may lag behind the journey. Absent: projectionDelayMs(policy). */
  projectionDelayMs?: number;
  /** Set only when the workflow continues as new: everything the previous run knew. */
  carried?: CarriedHistory<JourneyEvent>;
}

/**
 * Half a second: short enough that a list a person opens after a command shows it, long enough that
 * a burst of commands (a coordinator's session, the family's weekly entries, a busy hour) is written
 * as one projection instead of one local activity and one search-attribute update each.
 */
export const DEFAULT_PROJECTION_DELAY_MS = 500;

/**
 * The read model's lag under a policy: half a second, and never more than a thousandth of a
 * programme day, so a compressed policy (a demo's day a minute, a test's day of 30 ms) keeps the
 * read model as close behind in programme time as a real day does. At least 1 ms (a timer's least).
 */
export function projectionDelayMs(policy: { dayLengthMs: number }): number {
  return Math.max(1, Math.min(DEFAULT_PROJECTION_DELAY_MS, Math.floor(policy.dayLengthMs / 1000)));
}

/** What an accepted command answers, and what the state query returns. */
export interface JourneyView {
  state: JourneyState;
  schedule: ScheduleItem[];
  allowedCommands: JourneyCommand['type'][];
  eventCount: number;
}

/** Every command a person sends; the validator refuses it with the domain's reason before it enters the history. */
export const journeyCommandUpdate = defineUpdate<JourneyView, [JourneyCommand]>('journeyCommand');
/** What cannot be refused (e.g. the family's workflow saying the family withdrew). */
export const journeySystemSignal = defineSignal<[JourneyCommand]>('journeySystemMessage');
export const journeyViewQuery = defineQuery<JourneyView>('journeyView');
export const journeyEventsQuery = defineQuery<JourneyEvent[]>('journeyEvents');

/** The workflow id of a child's journey: derived, so a second start for the same journey is refused by Temporal. */
export function journeyWorkflowId(journeyId: string): string {
  return `journey-${journeyId}`;
}

/** The failure type of a journey's refusal; its details hold the domain's Refusal. */
export const JOURNEY_REFUSED = 'JourneyCommandRefused';
