import { Weekday } from '../shared/time';

/**
 * The shared words of the journey: who can decline, who cancelled, why a course ends. Each list is
 * the one the domain checks, the API accepts and documents, and the UI offers and translates.
 */

/** The two sides of a match: the child's side (child and parents) and the friendship family. */
export const MATCH_SIDES = ['child', 'family'] as const;
export type MatchSide = (typeof MATCH_SIDES)[number];

export const VISIT_OUTCOMES = ['held', 'cancelled'] as const;
export type VisitOutcome = (typeof VISIT_OUTCOMES)[number];

export const CANCELLED_BY = ['family', 'child', 'parents'] as const;
export type CancelledBy = (typeof CANCELLED_BY)[number];

export const CONSENT_PARTIES = ['custody_holders', 'child'] as const;
export type ConsentParty = (typeof CONSENT_PARTIES)[number];

export const CONCERN_SOURCES = ['logbook', 'conversation'] as const;
export type ConcernSource = (typeof CONCERN_SOURCES)[number];

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

export const PAUSE_REASONS = ['holiday', 'illness', 'other'] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];

export const SESSION_OUTCOMES = ['held', 'missed'] as const;
export type SessionOutcome = (typeof SESSION_OUTCOMES)[number];

export const FOLLOW_UP_WITH = ['child', 'parents'] as const;
export type FollowUpWith = (typeof FOLLOW_UP_WITH)[number];

/**
 * The legal bases of a child's preventive measure the referral form offers. The listed ones are
 * the default policy's eligible bases; 'other' is any other measure (not eligible).
 */
export const ELIGIBLE_LEGAL_BASES = ['barnets-lov-30', 'barnets-lov-32', 'serviceloven-52', 'serviceloven-11'] as const;
export const LEGAL_BASES = [...ELIGIBLE_LEGAL_BASES, 'other'] as const;

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
