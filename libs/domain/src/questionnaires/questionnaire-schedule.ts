import { addDays, Instant, isAtOrBefore } from '../shared/time';
import { QuestionnaireKind, QuestionnaireOccasion } from './questionnaire-kinds';
import { QuestionnairePolicy } from './questionnaire-policy';

/** The moments of one match that questionnaires hang on; null until they happen. */
export interface MatchMilestones {
  matchNumber: number;
  friendshipMeetingAt: Instant | null;
  reviewHeldAt: Instant | null;
  endedAt: Instant | null;
}

export interface ScheduledQuestionnaire {
  /** Stable within the journey: the same questionnaire is never sent twice. */
  questionnaireId: string;
  matchNumber: number;
  kind: QuestionnaireKind;
  occasion: QuestionnaireOccasion;
  sendAt: Instant;
}

/**
 * Every questionnaire of one match whose moment has come by `asOf`: the parents and the caseworker at the
 * one-year review and at the end, the friendship family every half year while the course runs and at the
 * end. Nothing is sent for a match that never reached its friendship meeting: nobody has anything to judge.
 */
export function questionnairesDue(match: MatchMilestones, policy: QuestionnairePolicy, dayLengthMs: number, asOf: Instant): ScheduledQuestionnaire[] {
  if (!match.friendshipMeetingAt) return [];
  const due = [
    ...halfYearRounds(match, match.friendshipMeetingAt, policy, dayLengthMs, asOf),
    ...atMoment(match, 'review', match.reviewHeldAt, ['parent_view', 'caseworker_view']),
    ...atMoment(match, 'end', match.endedAt, ['parent_view', 'family_view', 'caseworker_view']),
  ];
  return due.filter((questionnaire) => isAtOrBefore(questionnaire.sendAt, asOf)).sort((a, b) => Date.parse(a.sendAt) - Date.parse(b.sendAt));
}

/** When the next questionnaire of this match falls due after `asOf`, if time alone will bring one. */
export function nextQuestionnaireAt(match: MatchMilestones, policy: QuestionnairePolicy, dayLengthMs: number, asOf: Instant): Instant | null {
  if (!match.friendshipMeetingAt || match.endedAt) return null;
  return halfYearSendAt(match.friendshipMeetingAt, roundsBy(match.friendshipMeetingAt, policy, dayLengthMs, asOf) + 1, policy, dayLengthMs);
}

function halfYearRounds(match: MatchMilestones, meetingAt: Instant, policy: QuestionnairePolicy, dayLengthMs: number, asOf: Instant): ScheduledQuestionnaire[] {
  // The course's end replaces the half-year round that would have come after it.
  const until = match.endedAt && !isAtOrBefore(asOf, match.endedAt) ? match.endedAt : asOf;
  const rounds = roundsBy(meetingAt, policy, dayLengthMs, until);
  return Array.from({ length: rounds }, (_, index) => ({
    questionnaireId: `family_view:half_year:${match.matchNumber}:${index + 1}`,
    matchNumber: match.matchNumber,
    kind: 'family_view' as const,
    occasion: 'half_year' as const,
    sendAt: halfYearSendAt(meetingAt, index + 1, policy, dayLengthMs),
  })).filter((round) => !match.endedAt || Date.parse(round.sendAt) < Date.parse(match.endedAt));
}

function roundsBy(meetingAt: Instant, policy: QuestionnairePolicy, dayLengthMs: number, until: Instant): number {
  const elapsedMs = Date.parse(until) - Date.parse(meetingAt);
  return Math.max(0, Math.floor(elapsedMs / (policy.familyIntervalDays * dayLengthMs)));
}

function halfYearSendAt(meetingAt: Instant, round: number, policy: QuestionnairePolicy, dayLengthMs: number): Instant {
  return addDays(meetingAt, round * policy.familyIntervalDays, dayLengthMs);
}

function atMoment(match: MatchMilestones, occasion: QuestionnaireOccasion, at: Instant | null, kinds: QuestionnaireKind[]): ScheduledQuestionnaire[] {
  if (!at) return [];
  return kinds.map((kind) => ({ questionnaireId: `${kind}:${occasion}:${match.matchNumber}`, matchNumber: match.matchNumber, kind, occasion, sendAt: at }));
}
