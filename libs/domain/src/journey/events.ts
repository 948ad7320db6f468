import type { ChildMatchingProfile } from './matching-profile';
import { Actor, Role } from '../shared/actor';
import { Instant } from '../shared/time';
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
import { WellbeingMeasurement } from './wellbeing';

interface EventBase {
  at: Instant;
  actor: Actor;
}

/** What a reminder is about; it is also the kind of the task it opens. */
export const REMINDER_KINDS = [
  'consent_reminder',
  'screening_overdue',
  'matching_reminder',
  'matching_escalation',
  'logbook_missing',
  'logbook_screening',
  'supervision',
  'follow_up_child',
  'follow_up_parents',
  'review_upcoming',
  'review_overdue',
  'concern_escalation',
  'post_end_measurement',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export type StabilityRule = 'in_a_row' | 'in_window';

export type ChildReferred = EventBase & { type: 'ChildReferred'; journeyId: string; child: ChildDescription };
export type ConsentGiven = EventBase & { type: 'ConsentGiven'; custodyHolders: string[]; note?: string };
export type ConsentRefused = EventBase & { type: 'ConsentRefused'; refusedBy: ConsentParty; note?: string };
export type ConsentWithdrawn = EventBase & { type: 'ConsentWithdrawn'; withdrawnBy: ConsentParty; reason: string };
export type ScreeningVisitHeld = EventBase & {
  type: 'ScreeningVisitHeld';
  baseline: WellbeingMeasurement;
  matchingProfile?: ChildMatchingProfile;
  note?: string;
};
export type MatchProposed = EventBase & { type: 'MatchProposed'; familyId: string; note?: string };
export type MatchAccepted = EventBase & { type: 'MatchAccepted'; familyId: string; side: MatchSide };
export type MatchDeclined = EventBase & { type: 'MatchDeclined'; familyId: string; side: MatchSide; reason: string };
/** Both sides said yes: the child is matched (the caseworker's "matched" milestone). */
export type MatchMade = EventBase & { type: 'MatchMade'; familyId: string; matchNumber: number };
export type FriendshipMeetingScheduled = EventBase & { type: 'FriendshipMeetingScheduled'; familyId: string; scheduledFor: Instant };
export type FriendshipMeetingHeld = EventBase & { type: 'FriendshipMeetingHeld'; familyId: string; agreement: VisitAgreement; note?: string };
export type FriendshipMeetingFailed = EventBase & { type: 'FriendshipMeetingFailed'; familyId: string; reason: string };
export type LogbookEntryWritten = EventBase & {
  type: 'LogbookEntryWritten';
  familyId: string;
  matchNumber: number;
  week: number;
  visitDate?: Instant;
  visit: 'held' | 'cancelled';
  cancelledBy?: CancelledBy;
  note: string;
  concern: boolean;
};
export type StabilityAlertRaised = EventBase & {
  type: 'StabilityAlertRaised';
  matchNumber: number;
  week: number;
  rules: StabilityRule[];
  cancellationsInARow: number;
  cancellationsInWindow: number;
  /** Set when the in-a-row rule fired: the first week of that run, so the run alerts once. */
  runStartWeek?: number;
};
export type VisitsPaused = EventBase & { type: 'VisitsPaused'; reason: PauseReason; note?: string };
export type VisitsResumed = EventBase & { type: 'VisitsResumed'; note?: string };
export type LogbooksScreened = EventBase & { type: 'LogbooksScreened'; note?: string };
export type SupervisionRecorded = EventBase & {
  type: 'SupervisionRecorded';
  matchNumber: number;
  session: number;
  outcome: SessionOutcome;
  note?: string;
};
export type FollowUpRecorded = EventBase & {
  type: 'FollowUpRecorded';
  matchNumber: number;
  round: number;
  with: FollowUpWith;
  outcome: SessionOutcome;
  note?: string;
};
export type ConcernRaised = EventBase & {
  type: 'ConcernRaised';
  concernId: string;
  source: ConcernSource;
  description: string;
  logbookWeek?: number;
  assessmentDueAt: Instant;
};
export type ConcernAssessed = EventBase & { type: 'ConcernAssessed'; concernId: string; outcome: ConcernOutcome; note: string };
export type OneYearReviewHeld = EventBase & {
  type: 'OneYearReviewHeld';
  after: WellbeingMeasurement;
  wishesToContinue: { child: boolean; parents: boolean; family: boolean };
  experiences?: { child?: string; parents?: string; family?: string };
};
export type FutureAgreementRecorded = EventBase & { type: 'FutureAgreementRecorded'; form: string; note?: string };
export type ClosureRequested = EventBase & { type: 'ClosureRequested'; reason: ClosureReason; note?: string };
/** goodbyeHeld is false when the journey closed before any friendship meeting, so there was no one to say goodbye to. */
export type JourneyClosed = EventBase & { type: 'JourneyClosed'; reason: ClosureReason; goodbyeHeld: boolean; note?: string };
export type RematchOffered = EventBase & { type: 'RematchOffered'; note?: string };
export type RematchAccepted = EventBase & { type: 'RematchAccepted'; rematchCount: number; note?: string };
export type RematchDeclined = EventBase & { type: 'RematchDeclined'; note?: string };
export type BridgeBuildingRecorded = EventBase & { type: 'BridgeBuildingRecorded'; movedOnToOrganisedLeisure: boolean; activity?: string };
export type PostEndMeasurementRecorded = EventBase & {
  type: 'PostEndMeasurementRecorded';
  measurement: WellbeingMeasurement | null;
  note?: string;
};
export type FamilyWithdrew = EventBase & { type: 'FamilyWithdrew'; familyId: string; reason: string };
/** Time passed a deadline: a task opens for someone (taskId is deterministic, so it fires once). */
export type ReminderFired = EventBase & {
  type: 'ReminderFired';
  reminder: ReminderKind;
  taskId: string;
  assigneeRole: Role;
  dueAt: Instant;
  summary: string;
};
export type ReferralLapsed = EventBase & { type: 'ReferralLapsed' };
export type PostEndMeasurementExpired = EventBase & { type: 'PostEndMeasurementExpired' };

export type JourneyEvent =
  | ChildReferred
  | ConsentGiven
  | ConsentRefused
  | ConsentWithdrawn
  | ScreeningVisitHeld
  | MatchProposed
  | MatchAccepted
  | MatchDeclined
  | MatchMade
  | FriendshipMeetingScheduled
  | FriendshipMeetingHeld
  | FriendshipMeetingFailed
  | LogbookEntryWritten
  | StabilityAlertRaised
  | VisitsPaused
  | VisitsResumed
  | LogbooksScreened
  | SupervisionRecorded
  | FollowUpRecorded
  | ConcernRaised
  | ConcernAssessed
  | OneYearReviewHeld
  | FutureAgreementRecorded
  | ClosureRequested
  | JourneyClosed
  | RematchOffered
  | RematchAccepted
  | RematchDeclined
  | BridgeBuildingRecorded
  | PostEndMeasurementRecorded
  | FamilyWithdrew
  | ReminderFired
  | ReferralLapsed
  | PostEndMeasurementExpired;

export type JourneyEventType = JourneyEvent['type'];
