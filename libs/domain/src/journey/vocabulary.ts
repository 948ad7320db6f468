import { Weekday } from '../shared/time';

/** The shared words of the journey: who can decline, who cancelled, why a course ends. */

/** The two sides of a match: the child's side (child and parents) and the friendship family. */
export type MatchSide = 'child' | 'family';

export type CancelledBy = 'family' | 'child' | 'parents';

export type ConsentParty = 'custody_holders' | 'child';

export type ConcernSource = 'logbook' | 'conversation';

export const CONCERN_OUTCOMES = ['no_action', 'talk_with_family', 'notification_to_municipality'] as const;
export type ConcernOutcome = (typeof CONCERN_OUTCOMES)[number];

export const CLOSURE_REASONS = [
  'parents_stopped',
  'parents_unresponsive',
  'relationship_did_not_take',
  'family_life_changed',
  'family_moved',
  'child_said_no',
  'safeguarding_concern',
  'family_ended_course',
  'programme_completed',
] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

/** Reasons on the family's side: the child did nothing to end it, so a new family may be offered. */
export const FAMILY_SIDE_CLOSURE_REASONS: readonly ClosureReason[] = ['family_ended_course', 'family_life_changed', 'family_moved'];

export type PauseReason = 'holiday' | 'illness' | 'other';

export type SessionOutcome = 'held' | 'missed';

export type FollowUpWith = 'child' | 'parents';

/** The concrete agreements the friendship meeting must end with. */
export interface VisitAgreement {
  weekday: Weekday;
  pickUp: string;
  return: string;
}

export interface ChildDescription {
  age: number;
  situation: string;
  needs: string;
  interests: string[];
  legalBasis: string;
  /** The caseworker confirms the child is not severely externalising, severely psychiatrically ill, suicidal or self-harming. */
  exclusionCriteriaConfirmedAbsent: boolean;
  caseworkerUnit: string;
}
