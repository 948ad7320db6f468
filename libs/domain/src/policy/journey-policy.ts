import { ELIGIBLE_LEGAL_BASES } from '../journey/vocabulary';
import { SettingProblem } from '../shared/setting-problem';

/**
 * The programme settings a journey runs under. Numbers marked "ours" are the product's own
 * rules (see domain.md); the rest come from the programme documents. A policy travels inside
 * the journey state, so a running journey keeps the settings it started with.
 */
export interface JourneyPolicy {
  /** Length of a "day" in milliseconds: 86 400 000 in production, compressed in tests. */
  dayLengthMs: number;
  childAgeMin: number;
  childAgeMax: number;
  /** Legal bases of the child's preventive measure that make a referral eligible. */
  legalBases: string[];
  consentReminderDays: number;
  consentLapseDays: number;
  screeningDueDays: number;
  matchingReminderDays: number;
  matchingEscalationDays: number;
  /** Days between two visits; visit weeks are counted from the friendship meeting in these units. */
  visitIntervalDays: number;
  /** Days after a visit week ends before the family is reminded of a missing logbook entry. */
  logbookGraceDays: number;
  logbookScreeningIntervalDays: number;
  cancellationsInARowAlert: number;
  cancellationsWindowWeeks: number;
  cancellationsInWindowAlert: number;
  /** Group supervision cadence during the first year (every second month by default). */
  supervisionIntervalDays: number;
  /** Days after the friendship meeting at which the coordinator follows up with child and parents. */
  followUpDays: number[];
  reviewAtDays: number;
  reviewReminderDaysBefore: number;
  reviewOverdueDaysAfter: number;
  concernAssessmentSlaHours: number;
  /** Days the coordinator has to hold the goodbye after a closure is requested. */
  goodbyeDueDays: number;
  /** A family that ends the course within this many days of the friendship meeting lets the child be offered a new family. */
  rematchWithinDays: number;
  followUpMeasurementDaysAfterEnd: number;
  /** Days after the post-end measurement fell due before it is given up, so the journey can finish. */
  followUpMeasurementGraceDays: number;
}

export const DEFAULT_JOURNEY_POLICY: JourneyPolicy = {
  dayLengthMs: 86_400_000,
  childAgeMin: 5,
  childAgeMax: 13,
  legalBases: [...ELIGIBLE_LEGAL_BASES],
  consentReminderDays: 30,
  consentLapseDays: 60,
  screeningDueDays: 14,
  matchingReminderDays: 30,
  matchingEscalationDays: 60,
  visitIntervalDays: 7,
  logbookGraceDays: 2,
  logbookScreeningIntervalDays: 7,
  cancellationsInARowAlert: 2,
  cancellationsWindowWeeks: 8,
  cancellationsInWindowAlert: 3,
  supervisionIntervalDays: 61,
  followUpDays: [30, 91, 182, 273],
  reviewAtDays: 365,
  reviewReminderDaysBefore: 14,
  reviewOverdueDaysAfter: 30,
  concernAssessmentSlaHours: 24,
  goodbyeDueDays: 14,
  rematchWithinDays: 365,
  followUpMeasurementDaysAfterEnd: 182,
  followUpMeasurementGraceDays: 60,
};

type NumericField = {
  [K in keyof JourneyPolicy]: JourneyPolicy[K] extends number ? K : never;
}[keyof JourneyPolicy];

/** Counts (ages, thresholds, weeks) must be whole numbers; durations may be fractional days. */
const WHOLE_NUMBER_FIELDS: NumericField[] = [
  'childAgeMin',
  'childAgeMax',
  'cancellationsInARowAlert',
  'cancellationsWindowWeeks',
  'cancellationsInWindowAlert',
];

const POSITIVE_FIELDS: NumericField[] = [
  'dayLengthMs',
  'childAgeMin',
  'childAgeMax',
  'consentReminderDays',
  'consentLapseDays',
  'screeningDueDays',
  'matchingReminderDays',
  'matchingEscalationDays',
  'visitIntervalDays',
  'logbookScreeningIntervalDays',
  'cancellationsInARowAlert',
  'cancellationsWindowWeeks',
  'cancellationsInWindowAlert',
  'supervisionIntervalDays',
  'reviewAtDays',
  'concernAssessmentSlaHours',
  'goodbyeDueDays',
  'rematchWithinDays',
  'followUpMeasurementDaysAfterEnd',
];

const NON_NEGATIVE_FIELDS: NumericField[] = [
  'logbookGraceDays',
  'reviewReminderDaysBefore',
  'reviewOverdueDaysAfter',
  'followUpMeasurementGraceDays',
];

function problem(code: string, message: string): SettingProblem {
  return { code, message };
}

/** Checks a policy (e.g. loaded from configuration) before any journey runs under it; empty when valid. */
export function validateJourneyPolicy(p: unknown): SettingProblem[] {
  if (typeof p !== 'object' || p === null || Array.isArray(p)) {
    return [problem('policy_not_an_object', 'The journey policy must be an object with the programme settings.')];
  }
  const policy = p as Record<string, unknown>;
  const problems: SettingProblem[] = [];
  const isNumber = (field: string): boolean => typeof policy[field] === 'number' && Number.isFinite(policy[field]);

  for (const field of [...POSITIVE_FIELDS, ...NON_NEGATIVE_FIELDS]) {
    if (!isNumber(field)) {
      problems.push(problem('policy_missing_number', `The setting "${field}" must be a number.`));
      continue;
    }
    const value = policy[field] as number;
    if (POSITIVE_FIELDS.includes(field) && value <= 0) {
      problems.push(problem('policy_not_positive', `The setting "${field}" must be greater than zero (it is ${value}).`));
    } else if (value < 0) {
      problems.push(problem('policy_negative', `The setting "${field}" must not be negative (it is ${value}).`));
    }
    if (WHOLE_NUMBER_FIELDS.includes(field) && !Number.isInteger(value)) {
      problems.push(problem('policy_not_whole_number', `The setting "${field}" must be a whole number (it is ${value}).`));
    }
  }

  const legalBases = policy.legalBases;
  if (!Array.isArray(legalBases) || legalBases.length === 0 || !legalBases.every((b) => typeof b === 'string' && b.length > 0)) {
    problems.push(problem('policy_legal_bases_invalid', 'The setting "legalBases" must list at least one legal basis as text.'));
  }

  const followUpDays = policy.followUpDays;
  if (
    !Array.isArray(followUpDays) ||
    !followUpDays.every((d, i) => typeof d === 'number' && Number.isFinite(d) && d > 0 && (i === 0 || d > followUpDays[i - 1]))
  ) {
    problems.push(
      problem('policy_follow_up_days_invalid', 'The setting "followUpDays" must be a list of positive day counts in increasing order.'),
    );
  }

  const ordered = (earlier: NumericField, later: NumericField, message: string): void => {
    if (isNumber(earlier) && isNumber(later) && (policy[earlier] as number) > (policy[later] as number)) {
      problems.push(problem('policy_inconsistent', message));
    }
  };
  ordered('childAgeMin', 'childAgeMax', 'The minimum age must not be above the maximum age.');
  ordered('consentReminderDays', 'consentLapseDays', 'The consent reminder must come before the referral lapses.');
  ordered('matchingReminderDays', 'matchingEscalationDays', 'The matching reminder must come before the escalation.');
  ordered('reviewReminderDaysBefore', 'reviewAtDays', 'The review reminder cannot come before the friendship meeting.');
  ordered(
    'cancellationsInWindowAlert',
    'cancellationsWindowWeeks',
    'The cancellations that raise an alert must fit inside the window of weeks.',
  );
  return problems;
}
