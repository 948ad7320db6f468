import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { ApplyAsFamily, FamilyCommand, FamilyEvent, FamilyPolicy, FamilyState } from '@venskab/domain/family';
import type { CarriedHistory } from './carried-history';

/** Named contracts of a volunteer family, shared by the workflow, the API, the activities and the tests. */

export interface FamilyWorkflowInput {
  familyId: string;
  /** The rules this family is judged by, fixed when it applies. */
  policy: FamilyPolicy;
  application: ApplyAsFamily;
  /** How long the read model may lag behind the family. Absent: projectionDelayMs(policy). */
  projectionDelayMs?: number;
  /** Set only when the workflow continues as new: everything the previous run knew. */
  carried?: CarriedHistory<FamilyEvent>;
}

/** What an accepted command answers, and what the view query returns. */
export interface FamilyView {
  state: FamilyState;
  eventCount: number;
  /** When time will next act on its own (a reminder or a flag), or null when nothing is pending. */
  nextWakeUpAt: string | null;
}

/** Every command a person (or a journey) sends; the validator refuses it with the domain's reason before it enters the history. */
export const familyCommandUpdate = defineUpdate<FamilyView, [FamilyCommand]>('familyCommand');
/** What cannot be refused by the time it arrives (e.g. a journey that ended ending its match). */
export const familySystemSignal = defineSignal<[FamilyCommand]>('familySystemMessage');
export const familyViewQuery = defineQuery<FamilyView>('familyView');
export const familyEventsQuery = defineQuery<FamilyEvent[]>('familyEvents');

/** The workflow id of a family: derived, so a second application for the same family is refused by Temporal. */
export function familyWorkflowId(familyId: string): string {
  return `family-${familyId}`;
}

/** The failure type of a family's refusal; its details hold the domain's Refusal. */
export const FAMILY_REFUSED = 'FamilyCommandRefused';
