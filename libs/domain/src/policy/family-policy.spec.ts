import { DEFAULT_FAMILY_POLICY, validateFamilyPolicy } from './family-policy';

describe('validateFamilyPolicy', () => {
  it('accepts the defaults and a compressed day', () => {
    expect(DEFAULT_FAMILY_POLICY).toEqual({ dayLengthMs: 86_400_000, applicationFollowUpDays: 14, approvedWaitingFlagDays: 60 });
    expect(validateFamilyPolicy(DEFAULT_FAMILY_POLICY)).toEqual([]);
    expect(validateFamilyPolicy({ ...DEFAULT_FAMILY_POLICY, dayLengthMs: 10 })).toEqual([]);
  });

  it('reports every bad setting with its own code', () => {
    expect(validateFamilyPolicy(null).map((r) => r.code)).toEqual(['family_policy.not_an_object']);
    expect(
      validateFamilyPolicy({ dayLengthMs: 0, applicationFollowUpDays: '14', approvedWaitingFlagDays: Number.NaN }).map((r) => r.code),
    ).toEqual([
      'family_policy.invalid_day_length',
      'family_policy.invalid_application_follow_up_days',
      'family_policy.invalid_approved_waiting_flag_days',
    ]);
  });
});
