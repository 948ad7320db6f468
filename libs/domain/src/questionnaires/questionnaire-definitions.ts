import { Role } from '../shared/actor';
import { AnswerScaleName } from './answer-scales';
import { QuestionnaireKind, QuestionnaireKpiKey } from './questionnaire-kinds';

/** Text shown to the person answering, in the UI's two languages. */
export interface QuestionWording {
  da: string;
  en: string;
}

export interface QuestionDefinition {
  questionId: string;
  scale: AnswerScaleName;
  wording: QuestionWording;
}

/**
 * One version of a questionnaire. The questions are programme settings: a changed wording or scale is a
 * new version, and an answer keeps the version it was sent, so answers stay comparable.
 */
export interface QuestionnaireDefinition {
  kind: QuestionnaireKind;
  version: number;
  /** Who answers in their own pages; the coordinator may also record an answer given on paper or by phone. */
  respondentRole: Role;
  questions: QuestionDefinition[];
  /** The question whose positive answers count towards the programme's success criterion. */
  criterion: { kpi: QuestionnaireKpiKey; questionId: string };
}

/** The programme's first questionnaires (ours, after the criteria in the 2018 application). */
export const DEFAULT_QUESTIONNAIRES: Record<QuestionnaireKind, QuestionnaireDefinition> = {
  parent_view: {
    kind: 'parent_view',
    version: 1,
    respondentRole: 'parent',
    questions: [
      {
        questionId: 'effect_on_wellbeing',
        scale: 'effect',
        wording: {
          da: 'Hvor meget har venskabsfamilien betydet for dit barns trivsel?',
          en: "How much has the friendship family meant for your child's wellbeing?",
        },
      },
      {
        questionId: 'cooperation',
        scale: 'agreement',
        wording: {
          da: 'Samarbejdet med venskabsfamilien og koordinatoren har været godt.',
          en: 'Working with the friendship family and the coordinator has gone well.',
        },
      },
      {
        questionId: 'wish_to_continue',
        scale: 'yesNo',
        wording: {
          da: 'Ønsker du, at dit barn fortsætter med at se venskabsfamilien?',
          en: 'Do you wish your child to go on seeing the friendship family?',
        },
      },
    ],
    criterion: { kpi: 'parentsReportPositiveEffects', questionId: 'effect_on_wellbeing' },
  },
  family_view: {
    kind: 'family_view',
    version: 1,
    respondentRole: 'volunteer_family',
    questions: [
      {
        questionId: 'feel_supported',
        scale: 'agreement',
        wording: { da: 'Vi føler os godt støttet af foreningen.', en: 'We feel well supported by the organisation.' },
      },
      {
        questionId: 'supervision_useful',
        scale: 'agreement',
        wording: { da: 'Supervisionen har været nyttig for os.', en: 'The supervision has been useful to us.' },
      },
      {
        questionId: 'wish_to_continue',
        scale: 'yesNo',
        wording: { da: 'Ønsker I at fortsætte som venskabsfamilie?', en: 'Do you wish to go on as a friendship family?' },
      },
    ],
    criterion: { kpi: 'familiesFeelSupported', questionId: 'feel_supported' },
  },
  caseworker_view: {
    kind: 'caseworker_view',
    version: 1,
    respondentRole: 'caseworker',
    questions: [
      {
        questionId: 'good_supplement',
        scale: 'agreement',
        wording: {
          da: 'Venskabsfamilien er et godt supplement til kommunens indsats for barnet.',
          en: "The friendship family is a good supplement to the municipality's measure for the child.",
        },
      },
    ],
    criterion: { kpi: 'caseworkersJudgeGoodSupplement', questionId: 'good_supplement' },
  },
};
