/** The people (and the system itself) who can act on a journey or a family. */
export const ROLES = [
  'caseworker',
  'coordinator',
  'volunteer_family',
  'parent',
  'programme_manager',
  'auditor',
  'system',
] as const;

export type Role = (typeof ROLES)[number];

/** Who did something. Recorded on every command and every event so the history says who decided. */
export interface Actor {
  userId: string;
  role: Role;
}

export const SYSTEM_ACTOR: Actor = { userId: 'system', role: 'system' };
