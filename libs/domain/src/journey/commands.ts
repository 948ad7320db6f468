import type { ChildMatchingProfile } from './matching-profile';
import { Actor } from '../shared/actor';
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
  VisitOutcome,
} from './vocabulary';
import { WellbeingMeasurement } from './wellbeing';

interface CommandBase {
  actor: Actor;
}

export type ReferChild = CommandBase & { type: 'ReferChild'; journeyId: string; child: ChildDescription };
export type GiveConsent = CommandBase & { type: 'GiveConsent'; custodyHolders: string[]; note?: string };
export type RefuseConsent = CommandBase & { type: 'RefuseConsent'; refusedBy: ConsentParty; note?: string };
export type WithdrawConsent = CommandBase & { type: 'WithdrawConsent'; withdrawnBy: ConsentParty; reason: string };
export type RecordScreeningVisit = CommandBase & {
  type: 'RecordScreeningVisit';
  baseline: WellbeingMeasurement;
  /** Optional: without it, the coordinator gives the child's home and weekdays each time matching is asked. */
  matchingProfile?: ChildMatchingProfile;
  note?: string;
};
export type ProposeMatch = CommandBase & { type: 'ProposeMatch'; familyId: string; note?: string };
export type AcceptMatch = CommandBase & { type: 'AcceptMatch'; side: MatchSide };
export type DeclineMatch = CommandBase & { type: 'DeclineMatch'; side: MatchSide; reason: string };
export type ScheduleFriendshipMeeting = CommandBase & { type: 'ScheduleFriendshipMeeting'; scheduledFor: Instant };
export type RecordFriendshipMeetingHeld = CommandBase & { type: 'RecordFriendshipMeetingHeld'; agreement: VisitAgreement; note?: string };
export type RecordFriendshipMeetingFailed = CommandBase & { type: 'RecordFriendshipMeetingFailed'; reason: string };
/** One entry per visit week; give the week number or the visit date (the week is derived from it). */
export type WriteLogbookEntry = CommandBase & {
  type: 'WriteLogbookEntry';
  familyId: string;
  week?: number;
  visitDate?: Instant;
  visit: VisitOutcome;
  cancelledBy?: CancelledBy;
  note: string;
  concern: boolean;
};
export type PauseVisits = CommandBase & { type: 'PauseVisits'; reason: PauseReason; note?: string };
export type ResumeVisits = CommandBase & { type: 'ResumeVisits'; note?: string };
export type ScreenLogbooks = CommandBase & { type: 'ScreenLogbooks'; note?: string };
/** Without a session number the earliest session not yet recorded is meant. */
export type RecordSupervision = CommandBase & { type: 'RecordSupervision'; outcome: SessionOutcome; session?: number; note?: string };
/** Without a round number the earliest round not yet recorded for that person is meant. */
export type RecordFollowUp = CommandBase & {
  type: 'RecordFollowUp';
  with: FollowUpWith;
  outcome: SessionOutcome;
  round?: number;
  note?: string;
};
export type RaiseConcern = CommandBase & { type: 'RaiseConcern'; source: ConcernSource; description: string };
export type AssessConcern = CommandBase & { type: 'AssessConcern'; concernId: string; outcome: ConcernOutcome; note: string };
export type RecordOneYearReview = CommandBase & {
  type: 'RecordOneYearReview';
  after: WellbeingMeasurement;
  wishesToContinue: { child: boolean; parents: boolean; family: boolean };
  experiences?: { child?: string; parents?: string; family?: string };
};
export type RecordFutureAgreement = CommandBase & { type: 'RecordFutureAgreement'; form: string; note?: string };
export type RequestClosure = CommandBase & { type: 'RequestClosure'; reason: ClosureReason; note?: string };
export type RecordGoodbye = CommandBase & { type: 'RecordGoodbye'; note?: string };
export type OfferRematch = CommandBase & { type: 'OfferRematch'; note?: string };
export type AcceptRematch = CommandBase & { type: 'AcceptRematch'; note?: string };
export type DeclineRematch = CommandBase & { type: 'DeclineRematch'; note?: string };
export type RecordBridgeBuilding = CommandBase & { type: 'RecordBridgeBuilding'; movedOnToOrganisedLeisure: boolean; activity?: string };
/** measurement null: the child's family declined or could not be reached; the measurement is then no longer pending. */
export type RecordPostEndMeasurement = CommandBase & { type: 'RecordPostEndMeasurement'; measurement: WellbeingMeasurement | null; note?: string };
/** Sent by the system when the matched (or proposed) family leaves the programme; only finished journeys refuse it. */
export type FamilyWithdrewSignal = CommandBase & { type: 'FamilyWithdrew'; familyId: string; reason: string };

export type JourneyCommand =
  | ReferChild
  | GiveConsent
  | RefuseConsent
  | WithdrawConsent
  | RecordScreeningVisit
  | ProposeMatch
  | AcceptMatch
  | DeclineMatch
  | ScheduleFriendshipMeeting
  | RecordFriendshipMeetingHeld
  | RecordFriendshipMeetingFailed
  | WriteLogbookEntry
  | PauseVisits
  | ResumeVisits
  | ScreenLogbooks
  | RecordSupervision
  | RecordFollowUp
  | RaiseConcern
  | AssessConcern
  | RecordOneYearReview
  | RecordFutureAgreement
  | RequestClosure
  | RecordGoodbye
  | OfferRematch
  | AcceptRematch
  | DeclineRematch
  | RecordBridgeBuilding
  | RecordPostEndMeasurement
  | FamilyWithdrewSignal;

export type JourneyCommandType = JourneyCommand['type'];
