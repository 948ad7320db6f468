import { Instant, daysBetween } from '../shared';
import { MatchingWeights } from '../policy/matching-policy';
import { ChildProfile } from './child-profile';
import { FamilyCandidate } from './family-candidate';
import { ScoredReason, listInWords } from './match-reason';
import { straightLineKm, travelMinutes } from './travel-time';

/** Each factor scores 0..1 (notes -1..1) before its weight applies. */
interface Factor {
  value: number;
  code: string;
  text: string;
  params: ScoredReason['params'];
}

export function scoreFamily(
  child: ChildProfile,
  family: FamilyCandidate,
  weights: MatchingWeights,
  now: Instant,
): { score: number; reasons: ScoredReason[] } {
  const weighted: [Factor, number][] = [
    [transportFactor(child, family, weights), weights.transportTime],
    [ageFactor(child, family, weights), weights.ageFit],
    [interestsFactor(child, family, weights), weights.sharedInterests],
    [waitingFactor(family, weights, now), weights.waitingTime],
    [notesFactor(family), weights.coordinatorNotes],
  ];
  const reasons = weighted.map(([{ value, ...reason }, weight]) => ({ ...reason, points: round(value * weight) }));
  return { score: round(weighted.reduce((sum, [{ value }, weight]) => sum + value * weight, 0)), reasons };
}

/** Rounded so equal families get exactly equal scores and ties fall to the stable tie-break. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function between0And1(value: number): number {
  return Math.min(1, Math.max(0, value));
}

function transportFactor(child: ChildProfile, family: FamilyCandidate, weights: MatchingWeights): Factor {
  if (!family.home) {
    return { value: 0, code: 'matching.transport_unknown', text: "the family's home location is unknown", params: {} };
  }
  const km = straightLineKm(family.home, child.home);
  const minutes = travelMinutes(km, weights.travel);
  const { fullScoreMinutes, zeroScoreMinutes } = weights.travel;
  const roundedKm = Math.round(km * 10) / 10;
  const roundedMinutes = Math.round(minutes);
  return {
    value: between0And1((zeroScoreMinutes - minutes) / (zeroScoreMinutes - fullScoreMinutes)),
    code: 'matching.transport_time',
    text: `lives ${roundedKm} km away, ~${roundedMinutes} min`,
    params: { km: roundedKm, minutes: roundedMinutes },
  };
}

function ageFactor(child: ChildProfile, family: FamilyCandidate, weights: MatchingWeights): Factor {
  const ages = [...family.ownChildrenAges].sort((a, b) => a - b);
  if (ages.length === 0) {
    return {
      value: 0,
      code: 'matching.no_own_children',
      text: `no own children recorded; child is ${child.age}`,
      params: { childAge: child.age },
    };
  }
  const closestGap = Math.min(...ages.map((age) => Math.abs(age - child.age)));
  return {
    value: between0And1(1 - closestGap / weights.ageGapYearsForZeroFit),
    code: 'matching.age_fit',
    text: `own ${ages.length === 1 ? 'child' : 'children'} ${listInWords(ages)}; child is ${child.age}`,
    params: { ownChildrenAges: ages, childAge: child.age, closestGapYears: closestGap },
  };
}

function interestsFactor(child: ChildProfile, family: FamilyCandidate, weights: MatchingWeights): Factor {
  const familyInterests = new Set(family.interests.map(normalise));
  const shared = [...new Set(child.interests.map(normalise))].filter(
    (interest) => interest !== '' && familyInterests.has(interest),
  );
  return {
    value: between0And1(shared.length / weights.sharedInterestsForFullScore),
    code: 'matching.shared_interests',
    text: shared.length > 0 ? `both like ${listInWords(shared)}` : 'no shared interests listed',
    params: { interests: shared },
  };
}

function normalise(interest: string): string {
  return interest.trim().toLowerCase();
}

function waitingFactor(family: FamilyCandidate, weights: MatchingWeights, now: Instant): Factor {
  if (!family.waitingSince) {
    return { value: 0, code: 'matching.not_waiting', text: 'not waiting (already has a child visiting)', params: {} };
  }
  const days = Math.max(0, Math.floor(daysBetween(family.waitingSince, now, weights.dayLengthMs)));
  return {
    value: between0And1(days / weights.waitingDaysForFullScore),
    code: 'matching.waiting_time',
    text: `waiting ${days} ${days === 1 ? 'day' : 'days'}`,
    params: { days },
  };
}

function notesFactor(family: FamilyCandidate): Factor {
  const positive = family.coordinatorNotes.filter((note) => note.sentiment === 'positive').length;
  const negative = family.coordinatorNotes.filter((note) => note.sentiment === 'negative').length;
  if (positive + negative === 0) {
    return { value: 0, code: 'matching.no_coordinator_view', text: 'no coordinator notes weigh in', params: {} };
  }
  return {
    value: (positive - negative) / (positive + negative),
    code: 'matching.coordinator_notes',
    text: `coordinator notes: ${positive} positive, ${negative} negative`,
    params: { positive, negative },
  };
}
