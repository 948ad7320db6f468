import { FamilyEventType } from './family-events';

/** Every type of family event once; the compiler says when one is missing here (the UI names each). */
const EVERY_FAMILY_EVENT_TYPE: Record<FamilyEventType, true> = {
  FamilyApplied: true,
  HomeVisitRecorded: true,
  ChildCertificateRecorded: true,
  TrainingCompleted: true,
  FamilyApproved: true,
  FamilyReservedForJourney: true,
  ReservationReleased: true,
  MatchConfirmed: true,
  MatchEnded: true,
  FamilyPaused: true,
  FamilyResumed: true,
  FamilyRetired: true,
  FamilyWithdrew: true,
  CoordinatorNoteAdded: true,
  ApplicationFollowUpReminded: true,
  LongWaitFlagged: true,
};

export const FAMILY_EVENT_TYPES = Object.keys(EVERY_FAMILY_EVENT_TYPE) as FamilyEventType[];
