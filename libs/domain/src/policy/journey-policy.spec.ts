import { DEFAULT_JOURNEY_POLICY, validateJourneyPolicy } from './journey-policy';

const codes = (p: unknown): string[] => validateJourneyPolicy(p).map((r) => r.code);

describe('journey policy', () => {
  it('the defaults are valid and follow the programme documents', () => {
    expect(validateJourneyPolicy(DEFAULT_JOURNEY_POLICY)).toEqual([]);
    expect(DEFAULT_JOURNEY_POLICY).toMatchObject({
      childAgeMin: 5,
      childAgeMax: 13,
      consentReminderDays: 30,
      consentLapseDays: 60,
      supervisionIntervalDays: 61,
      followUpDays: [30, 91, 182, 273],
      concernAssessmentSlaHours: 24,
      followUpMeasurementDaysAfterEnd: 182,
    });
  });

  it('a compressed day for tests is valid', () => {
    expect(validateJourneyPolicy({ ...DEFAULT_JOURNEY_POLICY, dayLengthMs: 1000 })).toEqual([]);
  });

  it('refuses what is not a policy', () => {
    expect(codes(null)).toEqual(['policy_not_an_object']);
    expect(codes([1])).toEqual(['policy_not_an_object']);
  });

  it.each([
    [{ dayLengthMs: 0 }, 'policy_not_positive'],
    [{ consentLapseDays: 'sixty' }, 'policy_missing_number'],
    [{ logbookGraceDays: -1 }, 'policy_negative'],
    [{ cancellationsInARowAlert: 2.5 }, 'policy_not_whole_number'],
    [{ legalBases: [] }, 'policy_legal_bases_invalid'],
    [{ followUpDays: [91, 30] }, 'policy_follow_up_days_invalid'],
    [{ childAgeMin: 14 }, 'policy_inconsistent'],
    [{ consentReminderDays: 90 }, 'policy_inconsistent'],
    [{ cancellationsInWindowAlert: 9 }, 'policy_inconsistent'],
  ])('refuses %p with %s and names the setting', (change, code) => {
    const refusals = validateJourneyPolicy({ ...DEFAULT_JOURNEY_POLICY, ...change });
    expect(refusals.map((r) => r.code)).toContain(code);
    expect(refusals.every((r) => r.message.length > 20)).toBe(true);
  });
});
