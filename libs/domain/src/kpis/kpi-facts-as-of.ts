import { Instant, isAtOrBefore } from '../shared/time';
import { JourneyKpiFacts } from './kpi-facts';

/**
 * A journey's facts as of an earlier moment, from its facts as of its last event: what had not
 * happened by `asOf` is left out. The same as kpiFactsOf over the events up to `asOf`, because each
 * moment in the facts is set once, by the event at that moment, and a journey's events follow each
 * other in time. So the projection can keep one set of facts per journey and the key figures can
 * still be asked for any period.
 */
export function kpiFactsAsOf(facts: JourneyKpiFacts, asOf: Instant): JourneyKpiFacts {
  const byThen = (at: Instant): boolean => isAtOrBefore(at, asOf);
  const ifKnown = (at: Instant | null): Instant | null => (at !== null && byThen(at) ? at : null);
  return {
    journeyId: facts.journeyId,
    waits: facts.waits
      .filter((wait) => byThen(wait.since))
      .map((wait) => ({ since: wait.since, matchedAt: ifKnown(wait.matchedAt), abandonedAt: ifKnown(wait.abandonedAt) })),
    matches: facts.matches
      .filter((course) => byThen(course.matchedAt))
      .map((course) => ({
        matchedAt: course.matchedAt,
        startedAt: ifKnown(course.startedAt),
        reviewedAt: ifKnown(course.reviewedAt),
        endedAt: ifKnown(course.endedAt),
      })),
    reviews: facts.reviews.filter((review) => byThen(review.heldAt)),
    bridgeBuilding: facts.bridgeBuilding && byThen(facts.bridgeBuilding.recordedAt) ? facts.bridgeBuilding : null,
  };
}
