import { KpiKey } from '../kpis/kpi-targets';

/** Who is asked: the child's parents, the friendship family, the municipal caseworker. */
export const QUESTIONNAIRE_KINDS = ['parent_view', 'family_view', 'caseworker_view'] as const;
export type QuestionnaireKind = (typeof QUESTIONNAIRE_KINDS)[number];

/** When in the course a questionnaire is sent. */
export const QUESTIONNAIRE_OCCASIONS = ['half_year', 'review', 'end'] as const;
export type QuestionnaireOccasion = (typeof QUESTIONNAIRE_OCCASIONS)[number];

/** The success criteria only the people concerned can answer. */
export type QuestionnaireKpiKey = Extract<KpiKey, 'parentsReportPositiveEffects' | 'familiesFeelSupported' | 'caseworkersJudgeGoodSupplement'>;
