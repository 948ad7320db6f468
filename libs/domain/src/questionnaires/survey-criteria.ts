import { isPositive } from './answer-scales';
import { QuestionnaireDefinition } from './questionnaire-definitions';
import { QuestionnaireKind, QuestionnaireKpiKey } from './questionnaire-kinds';
import { SentQuestionnaire } from './sent-questionnaire';

/**
 * A success criterion that people answer. Counted per match (a child's course with one family): asked when
 * one of its questionnaires of that kind closed (answered or not answered in time), answered when one was
 * answered, positive when the latest answer to the criterion's question is. Questionnaires still open are
 * not counted yet, so a low response rate shows as such instead of as a low share.
 */
export interface SurveyCriterionCount {
  kpi: QuestionnaireKpiKey;
  asked: number;
  answered: number;
  positive: number;
}

export function surveyCriterionCount(
  kpi: QuestionnaireKpiKey,
  questionnairesPerJourney: SentQuestionnaire[][],
  definitions: QuestionnaireDefinition[],
): SurveyCriterionCount {
  const count: SurveyCriterionCount = { kpi, asked: 0, answered: 0, positive: 0 };
  const kind = kindAnswering(kpi, definitions);
  for (const questionnaires of questionnairesPerJourney) {
    for (const match of groupByMatch(questionnaires.filter((questionnaire) => questionnaire.kind === kind && questionnaire.status !== 'open'))) {
      count.asked += 1;
      const latest = latestAnswered(match);
      if (!latest?.answer) continue;
      count.answered += 1;
      const definition = definitionOf(latest, definitions);
      const question = definition.questions.find((candidate) => candidate.questionId === definition.criterion.questionId);
      const answer = latest.answer.answers[definition.criterion.questionId];
      if (question && answer !== undefined && isPositive(question.scale, answer)) count.positive += 1;
    }
  }
  return count;
}

function kindAnswering(kpi: QuestionnaireKpiKey, definitions: QuestionnaireDefinition[]): QuestionnaireKind {
  const definition = definitions.find((candidate) => candidate.criterion.kpi === kpi);
  if (!definition) throw new Error(`No questionnaire answers the criterion ${kpi}.`);
  return definition.kind;
}

function groupByMatch(questionnaires: SentQuestionnaire[]): SentQuestionnaire[][] {
  const byMatch = new Map<number, SentQuestionnaire[]>();
  for (const questionnaire of questionnaires) byMatch.set(questionnaire.matchNumber, [...(byMatch.get(questionnaire.matchNumber) ?? []), questionnaire]);
  return [...byMatch.values()];
}

function latestAnswered(questionnaires: SentQuestionnaire[]): SentQuestionnaire | undefined {
  return questionnaires
    .filter((questionnaire) => questionnaire.answer)
    .reduce<SentQuestionnaire | undefined>((latest, questionnaire) => (!latest || Date.parse(questionnaire.sentAt) > Date.parse(latest.sentAt) ? questionnaire : latest), undefined);
}

/** The version a questionnaire was sent with: its answers are read with that version's questions. */
export function definitionOf(questionnaire: Pick<SentQuestionnaire, 'kind' | 'version'>, definitions: QuestionnaireDefinition[]): QuestionnaireDefinition {
  const definition = definitions.find((candidate) => candidate.kind === questionnaire.kind && candidate.version === questionnaire.version);
  if (!definition) throw new Error(`Questionnaire ${questionnaire.kind} version ${questionnaire.version} is not among the programme's questionnaires.`);
  return definition;
}
