import { Instant, Weekday } from '../shared';
import { Coordinates, FamilyStage, FamilyState, NoteSentiment, freeCapacity, waitingSince } from '../family';

export interface CandidateAdult {
  adultId: string;
  name: string;
  hasCertificate: boolean;
}

export interface CandidateNote {
  text: string;
  sentiment: NoteSentiment;
  writtenAt: Instant;
}

/** A family as matching sees it: a plain projection, so a read model can store and list it. */
export interface FamilyCandidate {
  familyId: string;
  displayName: string;
  status: FamilyStage;
  adults: CandidateAdult[];
  ownChildrenAges: number[];
  weekdaysAvailable: Weekday[];
  capacity: number;
  freeCapacity: number;
  needsAbleToMeet: string[];
  interests: string[];
  homeDistrict: string | null;
  /** Null until the home visit records where the family lives. */
  home: Coordinates | null;
  waitingSince: Instant | null;
  /** Children the family is proposed for or matched with now. */
  linkedJourneyIds: string[];
  /** Children the family was proposed for or matched with before. */
  pastJourneyIds: string[];
  coordinatorNotes: CandidateNote[];
}

export function toCandidate(state: FamilyState): FamilyCandidate {
  const household = state.household;
  return {
    familyId: state.familyId,
    displayName: state.contact?.displayName ?? state.familyId,
    status: state.stage,
    adults: (household?.adults ?? []).map(({ adultId, name }) => ({
      adultId,
      name,
      hasCertificate: Boolean(state.certificates[adultId]),
    })),
    ownChildrenAges: (household?.ownChildren ?? []).map((child) => child.age),
    weekdaysAvailable: [...(household?.weekdaysAvailable ?? [])],
    capacity: household?.capacity ?? 0,
    freeCapacity: freeCapacity(state),
    needsAbleToMeet: [...(household?.needsAbleToMeet ?? [])],
    interests: [...(household?.interests ?? [])],
    homeDistrict: household?.homeDistrict ?? null,
    home: household ? { ...household.home } : null,
    waitingSince: waitingSince(state),
    linkedJourneyIds: [...state.reservations, ...state.activeMatches].map((link) => link.journeyId),
    pastJourneyIds: state.endedLinks.map((link) => link.journeyId),
    coordinatorNotes: state.coordinatorNotes.map(({ text, sentiment, writtenAt }) => ({ text, sentiment, writtenAt })),
  };
}
