import { exclusionsByRule, nearestExcluded } from './exclusion-summary';
import type { Exclusion } from './suggest-matches';

const reason = (code: string) => ({ code, text: code, params: {} });
const family = (familyId: string, ...codes: string[]): Exclusion => ({ familyId, displayName: familyId, reasons: codes.map(reason) });

describe('why families were left out', () => {
  const excluded = [
    family('f1', 'matching.need_not_met', 'matching.no_common_weekday'),
    family('f2', 'matching.need_not_met'),
    family('f3', 'matching.no_free_capacity', 'matching.need_not_met', 'matching.no_common_weekday'),
  ];

  it('counts the families each rule left out, most first, a family under every rule it failed', () => {
    expect(exclusionsByRule(excluded)).toEqual([
      { code: 'matching.need_not_met', families: 3 },
      { code: 'matching.no_common_weekday', families: 2 },
      { code: 'matching.no_free_capacity', families: 1 },
    ]);
  });

  it('counts a family once under a rule, however often the rule named it', () => {
    expect(exclusionsByRule([family('f1', 'matching.need_not_met', 'matching.need_not_met')])).toEqual([{ code: 'matching.need_not_met', families: 1 }]);
  });

  it('shows first the families that lack the least', () => {
    expect(nearestExcluded(excluded, 2).map((exclusion) => exclusion.familyId)).toEqual(['f2', 'f1']);
  });
});
