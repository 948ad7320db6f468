/** A family left out, as suggestMatches lists it (only what the summary reads). */
interface LeftOut {
  familyId: string;
  reasons: readonly { code: string }[];
}

/** How many families one rule left out. */
export interface RuleCount {
  code: string;
  families: number;
}

/**
 * For "why does nobody fit?": each rule that left families out and how many, most first. A family
 * left out by two rules counts under both, since lifting either alone would not bring it back.
 */
export function exclusionsByRule(excluded: readonly LeftOut[]): RuleCount[] {
  const counts = new Map<string, number>();
  for (const family of excluded) {
    for (const code of new Set(family.reasons.map((reason) => reason.code))) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts]
    .map(([code, families]) => ({ code, families }))
    .sort((a, b) => b.families - a.families || (a.code < b.code ? -1 : 1));
}

/** The families that came closest: left out by the fewest rules, so a coordinator sees what they lack. */
export function nearestExcluded<Family extends LeftOut>(excluded: readonly Family[], count: number): Family[] {
  return [...excluded].sort((a, b) => a.reasons.length - b.reasons.length || (a.familyId < b.familyId ? -1 : 1)).slice(0, count);
}
