import type { ChildMatchingProfile } from './matching-profile';
import { Actor } from '../shared/actor';
import { Instant } from '../shared/time';
import { JourneyPolicy } from '../policy/journey-policy';
import { JourneyStage } from './stages';
import {
  CancelledBy,
  ChildDescription,
  ClosureReason,
  ConcernOutcome,
  ConcernSource,
  ConsentParty,
  FollowUpWith,
  MatchSide,
  PauseReason,
  SessionOutcome,
  VisitAgreement,
} from './vocabulary';
import { StabilityRule } from './events';
import { Task } from '../tasks';
import { WellbeingMeasurement } from './wellbeing';

export interface Referral extends ChildDescription {
  referredAt: Instant;
  referredBy: Actor;
}

export interface ConsentRecord {
  status: 'pending' | 'given' | 'refused' | 'withdrawn';
  custodyHolders: string[];
  givenAt?: Instant;
  /** Who said no (refusal or withdrawal): the custody holders, or the child, who may. */
  declinedBy?: ConsentParty;
  declinedAt?: Instant;
}

export interface MeasurementRecord {
  measurement: WellbeingMeasurement;
  recordedAt: Instant;
}

export interface MatchProposal {
  familyId: string;
  proposedAt: Instant;
  acceptedBy: MatchSide[];
}

/** A match both sides accepted. matchNumber is the rematch count when it was made, so records of earlier families stay apart. */
export interface Match {
  familyId: string;
  matchNumber: number;
  matchedAt: Instant;
  meetingScheduledFor?: Instant;
  meeting?: { heldAt: Instant; agreement: VisitAgreement };
}

export interface LogbookEntry {
  familyId: string;
  matchNumber: number;
  week: number;
  visitDate?: Instant;
  visit: 'held' | 'cancelled';
  cancelledBy?: CancelledBy;
  note: string;
  concern: boolean;
  writtenAt: Instant;
}

export interface Cancellation {
  matchNumber: number;
  week: number;
  cancelledBy: CancelledBy;
}

export interface Pause {
  matchNumber: number;
  reason: PauseReason;
  from: Instant;
  until?: Instant;
}

export interface StabilityAlert {
  matchNumber: number;
  week: number;
  rules: StabilityRule[];
  /** First week of the run of cancellations that triggered an in-a-row alert, so the same run alerts once. */
  runStartWeek?: number;
}

export interface SessionRecord {
  matchNumber: number;
  session: number;
  outcome: SessionOutcome;
  recordedAt: Instant;
}

export interface FollowUpRecord {
  matchNumber: number;
  round: number;
  with: FollowUpWith;
  outcome: SessionOutcome;
  recordedAt: Instant;
}

export interface Concern {
  concernId: string;
  source: ConcernSource;
  description: string;
  logbookWeek?: number;
  raisedAt: Instant;
  assessmentDueAt: Instant;
  status: 'open' | 'assessed';
  outcome?: ConcernOutcome;
  assessedAt?: Instant;
}

export interface ReviewRecord {
  matchNumber: number;
  heldAt: Instant;
  after: WellbeingMeasurement;
  wishesToContinue: { child: boolean; parents: boolean; family: boolean };
}

export interface ClosureRecord {
  reason: ClosureReason;
  requestedAt: Instant;
  requestedBy: Actor;
  /** Whether the ended course had a friendship meeting: only then is there a goodbye, bridge-building and a post-end measurement. */
  afterFriendshipMeeting: boolean;
  /** A rematch is offered once per closure; 'declined' means the child's side said no and the goodbye follows. */
  rematchOffer?: 'offered' | 'declined';
}

/** The measurement six months after the course ended; "cancelled" when consent was withdrawn after the end. */
export interface PostEndMeasurement {
  dueAt: Instant;
  status: 'pending' | 'recorded' | 'declined' | 'expired' | 'cancelled';
  measurement?: WellbeingMeasurement;
  settledAt?: Instant;
}

/** The journey's tasks share their shape with the family's; the journey also says why each closed. */
export type JourneyTask = Task;

export interface JourneyState {
  journeyId: string;
  stage: JourneyStage;
  policy: JourneyPolicy;
  referral: Referral | null;
  consent: ConsentRecord;
  baseline: MeasurementRecord | null;
  /** From the screening visit when the coordinator recorded it (absent in journeys screened without it). */
  matchingProfile?: ChildMatchingProfile;
  /** When the child's current wait for a family began (screening done or rematch accepted). */
  matchingSince: Instant | null;
  proposal: MatchProposal | null;
  match: Match | null;
  previousMatches: Match[];
  logbook: LogbookEntry[];
  cancellations: Cancellation[];
  pauses: Pause[];
  stabilityAlerts: StabilityAlert[];
  logbookScreenings: Instant[];
  supervision: SessionRecord[];
  followUps: FollowUpRecord[];
  concerns: Concern[];
  review: ReviewRecord | null;
  futureAgreement: { form: string; recordedAt: Instant } | null;
  closure: ClosureRecord | null;
  /** When the course formally ended (future agreement or closure after a friendship meeting). */
  endedAt: Instant | null;
  bridgeBuilding: { movedOnToOrganisedLeisure: boolean; activity?: string; recordedAt: Instant } | null;
  postEndMeasurement: PostEndMeasurement | null;
  rematchCount: number;
  stageEnteredAt: Partial<Record<JourneyStage, Instant>>;
  /** Task ids of reminders that already fired, so time passing produces each one once. */
  firedReminders: string[];
  tasks: JourneyTask[];
}

export function initialJourneyState(journeyId: string, policy: JourneyPolicy): JourneyState {
  return {
    journeyId,
    stage: 'referred',
    policy,
    referral: null,
    consent: { status: 'pending', custodyHolders: [] },
    baseline: null,
    matchingSince: null,
    proposal: null,
    match: null,
    previousMatches: [],
    logbook: [],
    cancellations: [],
    pauses: [],
    stabilityAlerts: [],
    logbookScreenings: [],
    supervision: [],
    followUps: [],
    concerns: [],
    review: null,
    futureAgreement: null,
    closure: null,
    endedAt: null,
    bridgeBuilding: null,
    postEndMeasurement: null,
    rematchCount: 0,
    stageEnteredAt: {},
    firedReminders: [],
    tasks: [],
  };
}
