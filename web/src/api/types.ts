/**
 * The API's answers and requests as the UI uses them. Where the OpenAPI document (openapi.json,
 * from the code by `npm run openapi`) describes a shape, the type is taken from the generated
 * schema.d.ts; hand-written types remain only where the document has no schema of its own:
 *  - the journey and family state inside a view (documented as free-form objects): JourneyState
 *    below, and FamilyState, taken from the domain (libs/domain) rather than copied;
 *  - GET /journeys/{id}/timeline and POST /journeys/{id}/replay (no response schema): Timeline, ReplayResult;
 *  - GET /journeys/{id}/match-suggestions and the waiting lists (free-form objects): MatchSuggestions,
 *    WaitingChild, WaitingFamily;
 *  - the rows of GET /families (items documented as free-form objects): FamilyRow;
 *  - Page<T> for those untyped lists.
 */
import type { components } from './schema';
import type { CancelledBy, ConcernOutcome, ConcernSource, FamilyState, JourneyCommandType, JourneyStage, Role, VisitOutcome, WellbeingMeasurement } from '../domain';
import type { JourneyPolicy } from '@venskab/domain/policy/journey-policy';
import type { SessionRecord } from '@venskab/domain/journey/state';
import type { ChildMatchingProfile } from '@venskab/domain/journey/matching-profile';
import type { ChildWaitReason, FamilyWaitReason } from '@venskab/domain/waiting/wait-reasons';

type Schemas = components['schemas'];

export type ScheduleItem = Omit<Schemas['ScheduleItemResponse'], 'assigneeRole'> & { assigneeRole: Role };
export type SignInRequest = Schemas['SignInDto'];
export type TokenAnswer = Schemas['SignedInResponse'];
export type ReferralRequest = Schemas['ReferChildDto'];
export type ReferredJourney = Schemas['ReferredJourneyResponse'];
export type ApiErrorBody = Schemas['ErrorResponse'];
export type ValidationErrorBody = Schemas['ValidationErrorResponse'];

export interface Concern {
  concernId: string;
  source: ConcernSource;
  description: string;
  logbookWeek?: number;
  raisedAt: string;
  assessmentDueAt: string;
  status: 'open' | 'assessed';
  outcome?: ConcernOutcome;
  assessedAt?: string;
}

export interface LogbookEntry {
  familyId: string;
  matchNumber: number;
  week: number;
  /** The visit's own date, when the family gave it. */
  visitDate?: string;
  visit: VisitOutcome;
  cancelledBy?: CancelledBy;
  note: string;
  concern: boolean;
  writtenAt: string;
}

export interface MatchState {
  familyId: string;
  matchNumber: number;
  matchedAt: string;
  meetingScheduledFor?: string;
  meeting?: { heldAt: string; agreement?: { weekday: string } };
}

/** The part of the journey state the pages show. */
export interface JourneyState {
  journeyId: string;
  stage: JourneyStage;
  policy: JourneyPolicy;
  referral: { age: number; interests: string[]; legalBasis: string; caseworkerUnit: string; referredAt: string } | null;
  consent: { status: string; custodyHolders: string[] };
  baseline: { measurement: WellbeingMeasurement; recordedAt: string } | null;
  matchingProfile?: ChildMatchingProfile;
  proposal: { familyId: string; proposedAt: string; acceptedBy: string[] } | null;
  match: MatchState | null;
  /** The child's earlier families, when a new one was offered at closure. */
  previousMatches?: MatchState[];
  logbook: LogbookEntry[];
  supervision: SessionRecord[];
  concerns: Concern[];
  review: { heldAt: string; after: WellbeingMeasurement } | null;
  closure: { reason: string; requestedAt: string; afterFriendshipMeeting: boolean; rematchOffer?: 'offered' | 'declined' } | null;
  stageEnteredAt: Partial<Record<JourneyStage, string>>;
}

/** GET /journeys/{id} for every role but the caseworker; its state has no schema in the document (see JourneyState). */
export type JourneyView = Omit<Schemas['JourneyViewResponse'], 'state' | 'allowedCommands' | 'schedule'> & {
  state: JourneyState;
  schedule: ScheduleItem[];
  allowedCommands: JourneyCommandType[];
};

export type CaseworkerView = Omit<Schemas['CaseworkerJourneyViewResponse'], 'stage'> & { stage: JourneyStage };

export type JourneyRow = Omit<Schemas['JourneyRowResponse'], 'stage'> & { stage: JourneyStage };
export type JourneyPage = Omit<Schemas['JourneyPageResponse'], 'items'> & { items: JourneyRow[] };

export interface Page<T> {
  items: T[];
  total: number;
}

export type Task = Schemas['TaskResponse'];
export type ProgrammeKpis = Schemas['ProgrammeKpisResponse'];
export type ProgrammeForecast = Schemas['ProgrammeForecastResponse'];
export type Kpi = Schemas['KpiResponse'];
export type TaskPage = Schemas['TaskPageResponse'];

/** A value an event recorded: a code, a number, yes/no, a person's own words, an instant, or a list or measurement of those. */
export type TimelineDetailValue = string | number | boolean | string[] | Record<string, number>;

export interface TimelineEntry {
  sequence: number;
  at: string;
  who: { userId: string; role: string; displayName?: string };
  type: string;
  kind: 'action' | 'reminder' | 'missed_deadline';
  milestone: boolean;
  /** English, for the audit log; shown only for an event type the UI has no words for. */
  description: string;
  reason?: string;
  details: Record<string, TimelineDetailValue>;
}

export interface Timeline {
  journeyId: string;
  stage: string;
  entries: TimelineEntry[];
}

export interface ReplayResult {
  journeyId: string;
  deterministic: boolean;
  runs: { runId: string; source: string; ok: boolean; error?: string }[];
}

export interface MatchReason {
  code: string;
  text: string;
  params: Record<string, string | number | string[] | number[]>;
  points?: number;
}

export interface MatchSuggestions {
  suggestions: { familyId: string; displayName: string; score: number; reasons: MatchReason[] }[];
  excluded: { familyId: string; displayName: string; reasons: MatchReason[] }[];
}

export interface FamilyRow {
  familyId: string;
  displayName: string;
  stage: string;
  homeDistrict: string | null;
  capacity: number;
  freeCapacity: number;
  linkedJourneyIds?: string[];
  appliedAt: string | null;
  approvedAt: string | null;
  waitingSince: string | null;
  flaggedLongWait: boolean;
}

/** A family command's answer; its state has no schema in the document (the domain's FamilyState). */
export type FamilyView = Omit<Schemas['FamilyViewResponse'], 'state'> & { state: FamilyState };

export type FamilyDetail = Omit<Schemas['FamilyDetailResponse'], 'state' | 'row' | 'source'> & {
  source: 'workflow' | 'read_model';
  state?: FamilyState;
  row?: FamilyRow;
};

export interface WaitingChild {
  journeyId: string;
  childLabel: string;
  childAge: number;
  caseworkerUnit: string;
  daysWaited: number;
  escalated: boolean;
  proposedFamilyId: string | null;
  reason: ChildWaitReason;
}

export interface WaitingFamily {
  familyId: string;
  displayName: string;
  homeDistrict: string | null;
  freeCapacity: number;
  daysWaited: number;
  flaggedLongWait: boolean;
  reason: FamilyWaitReason;
}
