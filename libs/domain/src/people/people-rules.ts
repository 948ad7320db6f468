import type { Role } from '../shared/actor';
import type { FieldLimit } from '../shared/field-limits';

/** An invitation link works once, for two weeks: long enough for a busy family, short enough to go stale. */
export const INVITATION_LIFETIME_DAYS = 14;
export const INVITATION_LIFETIME_MS = INVITATION_LIFETIME_DAYS * 24 * 60 * 60 * 1000;

/** A sign-in lasts a working day; after that the person signs in again. */
export const SESSION_LIFETIME_HOURS = 8;
export const SESSION_LIFETIME_MS = SESSION_LIFETIME_HOURS * 60 * 60 * 1000;

/** Guessing is slowed down per user name: this many failures within the window block it until the oldest one leaves the window. */
export const SIGN_IN_ATTEMPT_LIMIT = { failures: 5, windowMinutes: 15 } as const;
export const SIGN_IN_WINDOW_MS = SIGN_IN_ATTEMPT_LIMIT.windowMinutes * 60 * 1000;

/** The roles a person can have (the system acts on its own and never signs in). */
export const PERSON_ROLES = ['caseworker', 'coordinator', 'volunteer_family', 'parent', 'programme_manager', 'auditor'] as const satisfies readonly Role[];
export type PersonRole = (typeof PERSON_ROLES)[number];

/** The roles of the organisation's own staff, as opposed to families and parents. */
export const STAFF_ROLES = ['caseworker', 'coordinator', 'programme_manager', 'auditor'] as const satisfies readonly PersonRole[];

export const PERSON_LIMITS = {
  displayName: { minLength: 1, maxLength: 120 },
  email: { minLength: 3, maxLength: 254 },
  username: { minLength: 3, maxLength: 100 },
  unit: { minLength: 1, maxLength: 120 },
  password: { minLength: 10, maxLength: 200 },
} as const satisfies Record<string, FieldLimit>;

/**
 * Who may invite whom: a coordinator brings in the volunteer families' adults and the children's
 * parents, a caseworker the parents of the children they referred, a programme manager the staff.
 * Nobody else invites anyone.
 */
const MAY_CREATE: Partial<Record<Role, readonly PersonRole[]>> = {
  coordinator: ['volunteer_family', 'parent'],
  caseworker: ['parent'],
  programme_manager: ['caseworker', 'coordinator', 'programme_manager', 'auditor'],
};

export function mayCreatePerson(inviterRole: Role, role: Role): boolean {
  return (MAY_CREATE[inviterRole] ?? []).some((allowed) => allowed === role);
}

/** The roles of the people someone manages (lists them, invites them again, signs them out). */
export function managedRoles(managerRole: Role): readonly PersonRole[] {
  return MAY_CREATE[managerRole] ?? [];
}

/** What a new person must be tied to: a volunteer family's adult to the family, a parent to a child's journey. */
export function requiredLink(role: PersonRole): 'familyId' | 'journeyId' | null {
  if (role === 'volunteer_family') return 'familyId';
  if (role === 'parent') return 'journeyId';
  return null;
}

export function isStaff(role: Role): boolean {
  return (STAFF_ROLES as readonly Role[]).includes(role);
}

/**
 * How long (whole seconds, 0 = not at all) a user name must wait before the next try, given the
 * times (ms) of its failed tries since its last success.
 */
export function signInWaitSeconds(failureTimes: readonly number[], now: number): number {
  const recent = failureTimes.filter((time) => time > now - SIGN_IN_WINDOW_MS).sort((a, b) => a - b);
  if (recent.length < SIGN_IN_ATTEMPT_LIMIT.failures) return 0;
  const freedAt = recent[recent.length - SIGN_IN_ATTEMPT_LIMIT.failures] + SIGN_IN_WINDOW_MS;
  return Math.max(1, Math.ceil((freedAt - now) / 1000));
}
