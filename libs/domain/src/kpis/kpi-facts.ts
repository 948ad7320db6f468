import { Instant, isAtOrBefore } from '../shared/time';
import { JourneyEvent, JourneyEventType } from '../journey/events';
import { WellbeingMeasurement } from '../journey/wellbeing';

/** The journey events the key figures are made of; logbooks, reminders and the rest say nothing about them. */
export const KPI_EVENT_TYPES = [
  'ScreeningVisitHeld',
  'MatchMade',
  'FriendshipMeetingHeld',
  'FriendshipMeetingFailed',
  'FamilyWithdrew',
  'OneYearReviewHeld',
  'FutureAgreementRecorded',
  'ClosureRequested',
  'ConsentWithdrawn',
  'RematchAccepted',
  'BridgeBuildingRecorded',
] as const satisfies readonly JourneyEventType[];

/**
 * One stretch of time a child was ready for a family: from the screening visit, an accepted rematch,
 * or a match that fell through before the friendship meeting, to the next match both sides accepted.
 */
export interface Wait {
  since: Instant;
  matchedAt: Instant | null;
  /** The journey ended (closure, consent withdrawn) while the child waited: no longer waiting, never matched. */
  abandonedAt: Instant | null;
}

/** One match both sides accepted, and what became of it. */
export interface MatchCourse {
  matchedAt: Instant;
  /** The friendship meeting: the course and its year are counted from here; null when it never took place. */
  startedAt: Instant | null;
  reviewedAt: Instant | null;
  /** Closure requested, consent withdrawn, or the future agreement that formally ends the course. */
  endedAt: Instant | null;
}

export interface ReviewFacts {
  heldAt: Instant;
  /** The screening visit's measurement; null only for a history without one. */
  baseline: WellbeingMeasurement | null;
  after: WellbeingMeasurement;
  wishesToContinue: { child: boolean; parents: boolean; family: boolean };
}

/** What one child's journey contributes to the programme's key figures, as of one moment. */
export interface JourneyKpiFacts {
  journeyId: string;
  waits: Wait[];
  matches: MatchCourse[];
  reviews: ReviewFacts[];
  bridgeBuilding: { recordedAt: Instant; movedOnToOrganisedLeisure: boolean } | null;
}

/**
 * Folds a journey's events up to `asOf` into the facts the key figures count. Events of other
 * types are ignored, so a caller may pass the whole history or only KPI_EVENT_TYPES.
 */
export function kpiFactsOf(journeyId: string, events: readonly JourneyEvent[], asOf: Instant): JourneyKpiFacts {
  const facts: JourneyKpiFacts = { journeyId, waits: [], matches: [], reviews: [], bridgeBuilding: null };
  // What is open while folding: the child's current wait, the current match and the baseline to compare a review with.
  const open: { wait: Wait | null; match: { familyId: string; course: MatchCourse } | null; baseline: WellbeingMeasurement | null } = {
    wait: null,
    match: null,
    baseline: null,
  };
  const startWaiting = (at: Instant): void => {
    open.wait = { since: at, matchedAt: null, abandonedAt: null };
    facts.waits.push(open.wait);
  };
  const endCourse = (at: Instant): void => {
    if (open.match?.course.startedAt) open.match.course.endedAt = at;
    if (open.wait) open.wait.abandonedAt = at;
    open.match = null;
    open.wait = null;
  };

  for (const event of events.filter((e) => isAtOrBefore(e.at, asOf))) {
    switch (event.type) {
      case 'ScreeningVisitHeld':
        open.baseline = event.baseline;
        startWaiting(event.at);
        break;
      case 'RematchAccepted':
        startWaiting(event.at);
        break;
      case 'MatchMade': {
        const course: MatchCourse = { matchedAt: event.at, startedAt: null, reviewedAt: null, endedAt: null };
        facts.matches.push(course);
        open.match = { familyId: event.familyId, course };
        if (open.wait) open.wait.matchedAt = event.at;
        open.wait = null;
        break;
      }
      case 'FriendshipMeetingHeld':
        if (open.match) open.match.course.startedAt = event.at;
        break;
      case 'FriendshipMeetingFailed':
        open.match = null;
        startWaiting(event.at);
        break;
      case 'FamilyWithdrew':
        // Only the matched family leaving before the meeting sends the child back to waiting; after it, a closure follows.
        if (open.match && !open.match.course.startedAt && open.match.familyId === event.familyId) {
          open.match = null;
          startWaiting(event.at);
        }
        break;
      case 'OneYearReviewHeld':
        if (open.match) open.match.course.reviewedAt = event.at;
        facts.reviews.push({ heldAt: event.at, baseline: open.baseline, after: event.after, wishesToContinue: event.wishesToContinue });
        break;
      case 'FutureAgreementRecorded':
      case 'ClosureRequested':
      case 'ConsentWithdrawn':
        endCourse(event.at);
        break;
      case 'BridgeBuildingRecorded':
        facts.bridgeBuilding = { recordedAt: event.at, movedOnToOrganisedLeisure: event.movedOnToOrganisedLeisure };
        break;
      default:
        break;
    }
  }
  return facts;
}
