import type { Actor } from '@venskab/domain/shared/actor';

/** Who is calling, as proven by their token. A volunteer family's account is tied to its family. */
export interface Identity extends Actor {
  familyId?: string;
}

/** The claims a Venskab token carries besides `sub`. */
export const ROLE_CLAIM = 'venskab_role';
export const FAMILY_CLAIM = 'venskab_family_id';

/** The actor the workflows record: who and in which role, nothing more. */
export function actorOf(identity: Identity): Actor {
  return { userId: identity.userId, role: identity.role };
}
