import { addDays } from '../shared/time';
import { DEFAULT_QUESTIONNAIRE_POLICY } from './questionnaire-policy';
import { MatchMilestones, nextQuestionnaireAt, questionnairesDue } from './questionnaire-schedule';

const DAY = 86_400_000;
const MEETING = '2026-01-05T09:00:00.000Z';
const day = (n: number) => addDays(MEETING, n, DAY);
const policy = DEFAULT_QUESTIONNAIRE_POLICY;

function match(overrides: Partial<MatchMilestones> = {}): MatchMilestones {
  return { matchNumber: 1, friendshipMeetingAt: MEETING, reviewHeldAt: null, endedAt: null, ...overrides };
}

const ids = (milestones: MatchMilestones, asOf: string) => questionnairesDue(milestones, policy, DAY, asOf).map((due) => due.questionnaireId);

describe('questionnairesDue', () => {
  it('sends nothing for a match that never reached its friendship meeting', () => {
    expect(ids(match({ friendshipMeetingAt: null, endedAt: day(10) }), day(400))).toEqual([]);
  });

  it('asks the friendship family every half year while the course runs', () => {
    expect(ids(match(), day(181))).toEqual([]);
    expect(ids(match(), day(182))).toEqual(['family_view:half_year:1:1']);
    expect(ids(match(), day(400))).toEqual(['family_view:half_year:1:1', 'family_view:half_year:1:2']);
  });

  it('asks the parents and the caseworker at the one-year review', () => {
    expect(ids(match({ reviewHeldAt: day(370) }), day(370))).toEqual([
      'family_view:half_year:1:1',
      'family_view:half_year:1:2',
      'parent_view:review:1',
      'caseworker_view:review:1',
    ]);
  });

  it('asks everyone at the end, and no half-year round after it', () => {
    const ended = match({ endedAt: day(300) });
    expect(ids(ended, day(900))).toEqual(['family_view:half_year:1:1', 'parent_view:end:1', 'family_view:end:1', 'caseworker_view:end:1']);
  });

  it('keys each questionnaire by its match, so a rematch is asked afresh', () => {
    expect(ids(match({ matchNumber: 2, endedAt: day(20) }), day(20))).toEqual(['parent_view:end:2', 'family_view:end:2', 'caseworker_view:end:2']);
  });
});

describe('nextQuestionnaireAt', () => {
  it('is the next half-year round while the course runs', () => {
    expect(nextQuestionnaireAt(match(), policy, DAY, day(10))).toBe(day(182));
    expect(nextQuestionnaireAt(match(), policy, DAY, day(182))).toBe(day(364));
  });

  it('is nothing once the course has ended or before it began', () => {
    expect(nextQuestionnaireAt(match({ endedAt: day(30) }), policy, DAY, day(40))).toBeNull();
    expect(nextQuestionnaireAt(match({ friendshipMeetingAt: null }), policy, DAY, day(40))).toBeNull();
  });
});
