import { QuestionnaireDefinition, DEFAULT_QUESTIONNAIRES } from './questionnaire-definitions';
import { SentQuestionnaire } from './sent-questionnaire';
import { surveyCriterionCount } from './survey-criteria';

const DEFINITIONS = Object.values(DEFAULT_QUESTIONNAIRES);
let sequence = 0;

function parentView(status: SentQuestionnaire['status'], effect?: number, overrides: Partial<SentQuestionnaire> = {}): SentQuestionnaire {
  sequence += 1;
  const sentAt = new Date(Date.UTC(2027, 0, sequence)).toISOString();
  return {
    questionnaireId: `parent_view:review:${sequence}`,
    matchNumber: 1,
    kind: 'parent_view',
    occasion: 'review',
    sendAt: sentAt,
    version: 1,
    sentAt,
    expiresAt: sentAt,
    status,
    answer:
      effect === undefined
        ? null
        : { answers: { effect_on_wellbeing: effect, cooperation: 4, wish_to_continue: 1 }, answeredAt: sentAt, answeredBy: { userId: 'p', role: 'parent' }, onPaper: false },
    ...overrides,
  };
}

describe('surveyCriterionCount', () => {
  it('counts positive answers among those answered, and the expired as asked but not answered', () => {
    const journeys = [[parentView('answered', 4)], [parentView('answered', 2)], [parentView('expired')], [parentView('answered', 3)]];
    expect(surveyCriterionCount('parentsReportPositiveEffects', journeys, DEFINITIONS)).toEqual({
      kpi: 'parentsReportPositiveEffects',
      asked: 4,
      answered: 3,
      positive: 2,
    });
  });

  it('does not count a questionnaire still open', () => {
    expect(surveyCriterionCount('parentsReportPositiveEffects', [[parentView('open')]], DEFINITIONS)).toMatchObject({ asked: 0, answered: 0 });
  });

  it("takes a match's latest answer: the end's view over the review's", () => {
    const review = parentView('answered', 4);
    const end = parentView('answered', 1, { occasion: 'end' });
    expect(surveyCriterionCount('parentsReportPositiveEffects', [[end, review]], DEFINITIONS)).toMatchObject({ asked: 1, answered: 1, positive: 0 });
  });

  it('counts each match of a rematched child apart', () => {
    const first = parentView('answered', 4);
    const second = parentView('expired', undefined, { matchNumber: 2 });
    expect(surveyCriterionCount('parentsReportPositiveEffects', [[first, second]], DEFINITIONS)).toMatchObject({ asked: 2, answered: 1, positive: 1 });
  });

  it('reads an answer with the version it was sent with', () => {
    const version2: QuestionnaireDefinition = {
      ...DEFAULT_QUESTIONNAIRES.parent_view,
      version: 2,
      questions: [{ questionId: 'mattered', scale: 'yesNo', wording: { da: 'Betød det noget?', en: 'Did it matter?' } }],
      criterion: { kpi: 'parentsReportPositiveEffects', questionId: 'mattered' },
    };
    const answeredV2 = parentView('answered', undefined, {
      version: 2,
      answer: { answers: { mattered: 1 }, answeredAt: '2027-03-01T00:00:00.000Z', answeredBy: { userId: 'p', role: 'parent' }, onPaper: false },
    });
    expect(surveyCriterionCount('parentsReportPositiveEffects', [[parentView('answered', 1)], [answeredV2]], [...DEFINITIONS, version2])).toMatchObject({
      asked: 2,
      answered: 2,
      positive: 1,
    });
  });

  it('ignores questionnaires of other kinds', () => {
    const familyView = parentView('answered', 4, { kind: 'family_view' });
    expect(surveyCriterionCount('parentsReportPositiveEffects', [[familyView]], DEFINITIONS)).toMatchObject({ asked: 0 });
  });
});
