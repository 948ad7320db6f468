import { SettingProblem } from '../shared';

/** Programme settings for the volunteer family's path. Defaults are ours; a programme may change them. */
export interface FamilyPolicy {
  /** Length of a programme day; tests compress it so a year of rules runs in milliseconds. */
  dayLengthMs: number;
  /** An application not followed up by a home visit within this many days reminds the coordinator. */
  applicationFollowUpDays: number;
  /** An approved family waiting this long without a match is flagged: recruits who wait too long leave. */
  approvedWaitingFlagDays: number;
}

export const DEFAULT_FAMILY_POLICY: FamilyPolicy = {
  dayLengthMs: 86_400_000,
  applicationFollowUpDays: 14,
  approvedWaitingFlagDays: 60,
};

const SETTINGS: { key: keyof FamilyPolicy; code: string; label: string }[] = [
  { key: 'dayLengthMs', code: 'family_policy.invalid_day_length', label: 'The length of a day' },
  {
    key: 'applicationFollowUpDays',
    code: 'family_policy.invalid_application_follow_up_days',
    label: 'The days before an application is followed up',
  },
  {
    key: 'approvedWaitingFlagDays',
    code: 'family_policy.invalid_approved_waiting_flag_days',
    label: 'The days an approved family may wait before it is flagged',
  },
];

/** Checks a policy that arrives from configuration or an API; every problem is reported, not just the first. */
export function validateFamilyPolicy(policy: unknown): SettingProblem[] {
  if (typeof policy !== 'object' || policy === null) {
    return [{ code: 'family_policy.not_an_object', message: 'The family policy must be an object of settings.' }];
  }
  const values = policy as Record<string, unknown>;
  return SETTINGS.filter(({ key }) => !isPositiveNumber(values[key])).map(({ code, label }) => ({
    code,
    message: `${label} must be a positive number.`,
  }));
}

function isPositiveNumber(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}
