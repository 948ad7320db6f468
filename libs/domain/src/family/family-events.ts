import { Actor, Instant } from '../shared';
import { FamilyContact, Household, NoteSentiment } from './household';
import { FamilyStage } from './family-stage';

interface EventBase {
  familyId: string;
  at: Instant;
  actor: Actor;
}

export interface FamilyApplied extends EventBase {
  type: 'FamilyApplied';
  contact: FamilyContact;
}

export interface HomeVisitRecorded extends EventBase {
  type: 'HomeVisitRecorded';
  household: Household;
}

export interface ChildCertificateRecorded extends EventBase {
  type: 'ChildCertificateRecorded';
  adultId: string;
  issuedOn: Instant;
}

export interface TrainingCompleted extends EventBase {
  type: 'TrainingCompleted';
}

export interface FamilyApproved extends EventBase {
  type: 'FamilyApproved';
}

export interface FamilyReservedForJourney extends EventBase {
  type: 'FamilyReservedForJourney';
  journeyId: string;
}

export interface ReservationReleased extends EventBase {
  type: 'ReservationReleased';
  journeyId: string;
  reason: string;
}

export interface MatchConfirmed extends EventBase {
  type: 'MatchConfirmed';
  journeyId: string;
}

export interface MatchEnded extends EventBase {
  type: 'MatchEnded';
  journeyId: string;
  reason: string;
}

export interface FamilyPaused extends EventBase {
  type: 'FamilyPaused';
  note: string | null;
}

export interface FamilyResumed extends EventBase {
  type: 'FamilyResumed';
}

export interface FamilyRetired extends EventBase {
  type: 'FamilyRetired';
  note: string | null;
}

export interface FamilyWithdrew extends EventBase {
  type: 'FamilyWithdrew';
  reason: string;
  /** Where on the path the family left: recruitment reports where families drop out. */
  fromStage: FamilyStage;
}

export interface CoordinatorNoteAdded extends EventBase {
  type: 'CoordinatorNoteAdded';
  noteId: string;
  text: string;
  sentiment: NoteSentiment;
}

/** Timer: the application has waited for a home visit longer than the policy allows. */
export interface ApplicationFollowUpReminded extends EventBase {
  type: 'ApplicationFollowUpReminded';
  dueAt: Instant;
}

/** Timer: an approved family has waited for a child longer than the policy allows. */
export interface LongWaitFlagged extends EventBase {
  type: 'LongWaitFlagged';
  waitingSince: Instant;
  dueAt: Instant;
}

export type FamilyEvent =
  | FamilyApplied
  | HomeVisitRecorded
  | ChildCertificateRecorded
  | TrainingCompleted
  | FamilyApproved
  | FamilyReservedForJourney
  | ReservationReleased
  | MatchConfirmed
  | MatchEnded
  | FamilyPaused
  | FamilyResumed
  | FamilyRetired
  | FamilyWithdrew
  | CoordinatorNoteAdded
  | ApplicationFollowUpReminded
  | LongWaitFlagged;

export type FamilyEventType = FamilyEvent['type'];
