import {
  INVITATION_LIFETIME_DAYS,
  mayCreatePerson,
  managedRoles,
  PERSON_LIMITS,
  requiredLink,
  SESSION_LIFETIME_HOURS,
  SIGN_IN_WINDOW_MS,
  signInWaitSeconds,
} from './people-rules';

describe('people rules', () => {
  it('keeps invitations for 14 days, sessions for 8 hours, passwords 10–200 characters', () => {
    expect(INVITATION_LIFETIME_DAYS).toBe(14);
    expect(SESSION_LIFETIME_HOURS).toBe(8);
    expect(PERSON_LIMITS.password).toEqual({ minLength: 10, maxLength: 200 });
  });

  it.each([
    ['coordinator', 'volunteer_family', true],
    ['coordinator', 'parent', true],
    ['coordinator', 'caseworker', false],
    ['coordinator', 'coordinator', false],
    ['caseworker', 'parent', true],
    ['caseworker', 'volunteer_family', false],
    ['caseworker', 'caseworker', false],
    ['programme_manager', 'caseworker', true],
    ['programme_manager', 'coordinator', true],
    ['programme_manager', 'programme_manager', true],
    ['programme_manager', 'auditor', true],
    ['programme_manager', 'parent', false],
    ['programme_manager', 'volunteer_family', false],
    ['auditor', 'auditor', false],
    ['volunteer_family', 'volunteer_family', false],
    ['parent', 'parent', false],
    ['system', 'coordinator', false],
  ] as const)('%s may create a %s: %s', (inviter, role, allowed) => {
    expect(mayCreatePerson(inviter, role)).toBe(allowed);
  });

  it('manages exactly the roles it may create', () => {
    expect(managedRoles('coordinator')).toEqual(['volunteer_family', 'parent']);
    expect(managedRoles('auditor')).toEqual([]);
  });

  it('ties a family adult to a family and a parent to a journey', () => {
    expect(requiredLink('volunteer_family')).toBe('familyId');
    expect(requiredLink('parent')).toBe('journeyId');
    expect(requiredLink('coordinator')).toBeNull();
  });

  describe('sign-in attempts', () => {
    const now = 1_000_000_000;
    const minutes = (n: number) => n * 60_000;

    it('lets four failures through and blocks the fifth until the oldest leaves the 15-minute window', () => {
      const four = [now - minutes(10), now - minutes(8), now - minutes(5), now - minutes(1)];
      expect(signInWaitSeconds(four, now)).toBe(0);
      expect(signInWaitSeconds([...four, now - minutes(0.5)], now)).toBe(5 * 60);
    });

    it('forgets failures older than the window', () => {
      const old = [1, 2, 3, 4, 5].map((n) => now - SIGN_IN_WINDOW_MS - n);
      expect(signInWaitSeconds(old, now)).toBe(0);
    });

    it('never answers a wait of zero while blocked', () => {
      const edge = [0, 1, 2, 3, 4].map((n) => now - SIGN_IN_WINDOW_MS + 10 + n);
      expect(signInWaitSeconds(edge, now)).toBe(1);
    });
  });
});
