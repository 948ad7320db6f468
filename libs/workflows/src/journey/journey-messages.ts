import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { JourneyCommand, JourneyEvent, JourneyPolicy, JourneyState, ReferChild, ScheduleItem } from '../../../domain/src/journey';

/** Named contracts shared by the workflow, the API and the tests. */

export interface JourneyWorkflowInput {
  journeyId: string;
  /** Which programme (municipality–organisation partnership) the journey belongs to. */
  programme: string;
  /** A non-identifying label (e.g. initials) so coordinators can tell children apart; kept out of the domain and search attributes. */
  childLabel: string;
  /** The rules this journey is judged by, fixed when it starts. */
  policy: JourneyPolicy;
  referral: ReferChild;
  /** Set only when the workflow continues as new: everything the previous run knew. */
  carried?: { events: JourneyEvent[]; projectedCount: number };
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

export const JOURNEY_REFUSED = 'JourneyCommandRefused';
