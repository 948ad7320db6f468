import type { Actor } from '@venskab/domain/shared/actor';

/**
 * Who is calling, as proven by their token and their live session. A volunteer family's adult is
 * tied to its family, a parent to the journeys of their children.
 */
export interface Identity extends Actor {
  displayName?: string;
  familyId?: string;
  journeyIds?: string[];
  /** The sign-in the token belongs to (absent for an OpenID Connect issuer's tokens). */
  sessionId?: string;
}

/** The claim naming the role in an OpenID Connect issuer's tokens. */
export const ROLE_CLAIM = 'venskab_role';

/** The actor the workflows record: who and in which role, nothing more. */
export function actorOf(identity: Identity): Actor {
  return { userId: identity.userId, role: identity.role };
}
