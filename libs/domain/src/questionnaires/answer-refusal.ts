import { Role } from '../shared/actor';
import { Refusal } from '../shared/refusal';
import { Instant, isAtOrBefore } from '../shared/time';
import { isOnScale } from './answer-scales';
import { QuestionnaireDefinition } from './questionnaire-definitions';
import { SentQuestionnaire } from './sent-questionnaire';

export interface AnswerAttempt {
  answers: unknown;
  role: Role;
  onPaper: boolean;
  at: Instant;
}

/**
 * Why an answer cannot be recorded, or null when it can. The person asked answers in their own pages;
 * the coordinator records an answer given on paper or by phone, and only marked so.
 */
export function answerRefusal(sent: SentQuestionnaire | undefined, definition: QuestionnaireDefinition, attempt: AnswerAttempt): Refusal | null {
  if (!sent) return { code: 'questionnaire_not_sent', message: 'This questionnaire has not been sent in this journey.' };
  if (sent.status === 'answered') return { code: 'questionnaire_already_answered', message: 'This questionnaire has already been answered.' };
  if (sent.status === 'expired' || !isAtOrBefore(attempt.at, sent.expiresAt)) {
    return { code: 'questionnaire_expired', message: 'The time to answer this questionnaire has passed.' };
  }
  const mayAnswer = attempt.onPaper ? attempt.role === 'coordinator' : attempt.role === definition.respondentRole;
  if (!mayAnswer) return { code: 'role_not_allowed', message: 'Only the person asked, or the coordinator for an answer on paper, can answer.' };
  const invalid = invalidQuestionIds(definition, attempt.answers);
  if (invalid.length > 0) return { code: 'answers_invalid', message: `Answer every question on its scale, and nothing else: ${invalid.join(', ')}.` };
  return null;
}

/** Questions without a whole answer on their scale, and answers to questions the version does not ask. */
export function invalidQuestionIds(definition: QuestionnaireDefinition, answers: unknown): string[] {
  const given = (typeof answers === 'object' && answers !== null && !Array.isArray(answers) ? answers : {}) as Record<string, unknown>;
  const asked = new Set(definition.questions.map((question) => question.questionId));
  const unanswered = definition.questions.filter((question) => !isOnScale(question.scale, given[question.questionId])).map((question) => question.questionId);
  const unasked = Object.keys(given).filter((questionId) => !asked.has(questionId));
  return [...unanswered, ...unasked];
}
