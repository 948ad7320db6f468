/**
 * The programme's success criteria from the 2018 application (domain.md), in the order it lists them.
 * Shares are percentages of those counted; "children matched" is a count over the project period.
 */
export const KPI_KEYS = [
  'matchesLastingAYear',
  'higherWellbeingAtReview',
  'parentsReportPositiveEffects',
  'movedOnToOrganisedLeisure',
  'familiesFeelSupported',
  'caseworkersJudgeGoodSupplement',
  'childrenMatched',
] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

export interface KpiTarget {
  unit: 'percent' | 'children';
  atLeast: number;
}

export const KPI_TARGETS: Record<KpiKey, KpiTarget> = {
  matchesLastingAYear: { unit: 'percent', atLeast: 80 },
  higherWellbeingAtReview: { unit: 'percent', atLeast: 75 },
  parentsReportPositiveEffects: { unit: 'percent', atLeast: 50 },
  movedOnToOrganisedLeisure: { unit: 'percent', atLeast: 50 },
  familiesFeelSupported: { unit: 'percent', atLeast: 85 },
  caseworkersJudgeGoodSupplement: { unit: 'percent', atLeast: 75 },
  childrenMatched: { unit: 'children', atLeast: 60 },
};

/**
 * Criteria the journey does not record, so no number is given for them: the one-year review records
 * whether the parents wish to continue and free-text experiences, not whether they report positive
 * effects; nothing asks the families whether they feel supported (only supervision attendance is
 * kept); caseworkers are never asked for their judgement. They need a survey the product does not hold.
 */
export const NOT_RECORDED_KPIS = ['parentsReportPositiveEffects', 'familiesFeelSupported', 'caseworkersJudgeGoodSupplement'] as const satisfies readonly KpiKey[];
export type NotRecordedKpiKey = (typeof NOT_RECORDED_KPIS)[number];
export type RecordedKpiKey = Exclude<KpiKey, NotRecordedKpiKey>;

export function isNotRecorded(key: KpiKey): key is NotRecordedKpiKey {
  return (NOT_RECORDED_KPIS as readonly KpiKey[]).includes(key);
}
