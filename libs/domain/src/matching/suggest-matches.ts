import { Instant, WEEKDAYS } from '../shared';
import { MatchingWeights } from '../policy/matching-policy';
import { ChildProfile } from './child-profile';
import { FamilyCandidate } from './family-candidate';
import { MatchReason, ScoredReason, listInWords } from './match-reason';
import { hardConstraintFailures } from './hard-constraints';
import { scoreFamily } from './score';

export interface Suggestion {
  familyId: string;
  displayName: string;
  score: number;
  reasons: ScoredReason[];
}

export interface Exclusion {
  familyId: string;
  displayName: string;
  reasons: MatchReason[];
}

/**
 * Families for a child, best first, and every family left out with the reasons why. The
 * coordinator decides; this only ranks by the criteria the evaluation found mattered.
 */
export function suggestMatches(
  child: ChildProfile,
  families: FamilyCandidate[],
  weights: MatchingWeights,
  now: Instant,
): { suggestions: Suggestion[]; excluded: Exclusion[] } {
  const suggestions: Suggestion[] = [];
  const excluded: Exclusion[] = [];
  for (const family of families) {
    const failures = hardConstraintFailures(child, family);
    if (failures.length > 0) {
      excluded.push({ familyId: family.familyId, displayName: family.displayName, reasons: failures });
      continue;
    }
    const { score, reasons } = scoreFamily(child, family, weights, now);
    suggestions.push({
      familyId: family.familyId,
      displayName: family.displayName,
      score,
      reasons: [...reasons, commonWeekdays(child, family)],
    });
  }
  return {
    suggestions: suggestions.sort((a, b) => b.score - a.score || byFamilyId(a, b)),
    excluded: excluded.sort(byFamilyId),
  };
}

/** Deterministic order for equal scores, so the same input always gives the same list. */
function byFamilyId(a: { familyId: string }, b: { familyId: string }): number {
  return a.familyId < b.familyId ? -1 : a.familyId > b.familyId ? 1 : 0;
}

/** Not scored (one common day is enough), but the coordinator needs it to agree the visiting day. */
function commonWeekdays(child: ChildProfile, family: FamilyCandidate): ScoredReason {
  const days = WEEKDAYS.filter((day) => family.weekdaysAvailable.includes(day) && child.weekdaysPossible.includes(day));
  return {
    code: 'matching.common_weekdays',
    text: `both can do ${listInWords(days)}`,
    params: { weekdays: days },
    points: 0,
  };
}
