import { FamilyPolicy } from '../policy/family-policy';
import { Instant } from '../shared';
import { Task } from '../tasks';
import { CoordinatorNote, FamilyContact, Household } from './household';
import { FamilyStage } from './family-stage';

export interface CertificateRecord {
  issuedOn: Instant;
  recordedAt: Instant;
}

/** A journey the family is, or was, linked to. */
export interface JourneyLink {
  journeyId: string;
  since: Instant;
}

export interface EndedLink extends JourneyLink {
  endedAt: Instant;
  /** A reservation that was released never became a match. */
  kind: 'reservation_released' | 'match_ended';
  reason: string;
}

export interface FamilyState {
  familyId: string;
  policy: FamilyPolicy;
  stage: FamilyStage;
  contact: FamilyContact | null;
  appliedAt: Instant | null;
  homeVisitHeldAt: Instant | null;
  household: Household | null;
  /** Keyed by adultId; a later certificate for the same adult replaces the earlier one. */
  certificates: Record<string, CertificateRecord>;
  trainingCompletedAt: Instant | null;
  approvedAt: Instant | null;
  reservations: JourneyLink[];
  activeMatches: JourneyLink[];
  endedLinks: EndedLink[];
  coordinatorNotes: CoordinatorNote[];
  /** Start of the current stretch approved without a match; pauses end it, reservations do not. */
  waitingPeriodStart: Instant | null;
  /** The waiting period already flagged, so each period is flagged once. */
  longWaitFlaggedFor: Instant | null;
  applicationFollowUpReminded: boolean;
  withdrawalReason: string | null;
  /** The coordinator's tasks for this family: opened by a reminder or flag, done once its reason is gone. */
  tasks: Task[];
}

export function initialFamilyState(familyId: string, policy: FamilyPolicy): FamilyState {
  return {
    familyId,
    policy,
    stage: 'not_applied',
    contact: null,
    appliedAt: null,
    homeVisitHeldAt: null,
    household: null,
    certificates: {},
    trainingCompletedAt: null,
    approvedAt: null,
    reservations: [],
    activeMatches: [],
    endedLinks: [],
    coordinatorNotes: [],
    waitingPeriodStart: null,
    longWaitFlaggedFor: null,
    applicationFollowUpReminded: false,
    withdrawalReason: null,
    tasks: [],
  };
}
