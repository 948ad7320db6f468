import { answerRefusal, AnswerAttempt } from './answer-refusal';
import { DEFAULT_QUESTIONNAIRES } from './questionnaire-definitions';
import { SentQuestionnaire } from './sent-questionnaire';

const parentView = DEFAULT_QUESTIONNAIRES.parent_view;
const sent: SentQuestionnaire = {
  questionnaireId: 'parent_view:review:1',
  matchNumber: 1,
  kind: 'parent_view',
  occasion: 'review',
  sendAt: '2027-01-10T09:00:00.000Z',
  version: 1,
  sentAt: '2027-01-10T09:00:00.000Z',
  expiresAt: '2027-02-09T09:00:00.000Z',
  status: 'open',
  answer: null,
};
const fullAnswers = { effect_on_wellbeing: 4, cooperation: 5, wish_to_continue: 1 };
const attempt = (overrides: Partial<AnswerAttempt> = {}): AnswerAttempt => ({
  answers: fullAnswers,
  role: 'parent',
  onPaper: false,
  at: '2027-01-12T09:00:00.000Z',
  ...overrides,
});
const codeOf = (questionnaire: SentQuestionnaire | undefined, overrides: Partial<AnswerAttempt> = {}) =>
  answerRefusal(questionnaire, parentView, attempt(overrides))?.code ?? null;

describe('answerRefusal', () => {
  it('accepts a whole answer from the parent, and one on paper from the coordinator', () => {
    expect(codeOf(sent)).toBeNull();
    expect(codeOf(sent, { role: 'coordinator', onPaper: true })).toBeNull();
  });

  it('refuses a questionnaire that was not sent, was answered or has expired', () => {
    expect(codeOf(undefined)).toBe('questionnaire_not_sent');
    expect(codeOf({ ...sent, status: 'answered' })).toBe('questionnaire_already_answered');
    expect(codeOf({ ...sent, status: 'expired' })).toBe('questionnaire_expired');
    expect(codeOf(sent, { at: '2027-02-09T09:00:00.001Z' })).toBe('questionnaire_expired');
  });

  it('lets only the person asked answer, and the coordinator only on paper', () => {
    expect(codeOf(sent, { role: 'volunteer_family' })).toBe('role_not_allowed');
    expect(codeOf(sent, { role: 'coordinator' })).toBe('role_not_allowed');
    expect(codeOf(sent, { onPaper: true })).toBe('role_not_allowed');
  });

  it.each([
    ['outside the scale', { ...fullAnswers, effect_on_wellbeing: 5 }],
    ['not a whole number', { ...fullAnswers, cooperation: 2.5 }],
    ['a question left out', { effect_on_wellbeing: 3, cooperation: 4 }],
    ['a question not asked', { ...fullAnswers, extra: 1 }],
    ['text for a number', { ...fullAnswers, wish_to_continue: 'ja' }],
    ['a list instead of answers', [4, 5, 1]],
    ['nothing', null],
  ])('refuses answers with %s', (_case, answers) => {
    expect(codeOf(sent, { answers })).toBe('answers_invalid');
  });

  it('names the questions to fix', () => {
    const refusal = answerRefusal(sent, parentView, attempt({ answers: { effect_on_wellbeing: 0, cooperation: 4, wish_to_continue: 1 } }));
    expect(refusal?.message).toContain('effect_on_wellbeing');
  });
});
