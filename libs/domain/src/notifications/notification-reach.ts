import type { Role } from '../shared/actor';

/**
 * Whom a notification addressed to a role (no single person) reaches. Coordinators and programme
 * managers work for the whole programme; the others only see what concerns them: a caseworker the
 * children they referred, a volunteer family its own journeys, a parent their own children's.
 */
export type NotificationReach = 'whole_role' | 'own_referrals' | 'own_family' | 'own_children';

export const NOTIFICATION_REACH: Partial<Record<Role, NotificationReach>> = {
  coordinator: 'whole_role',
  programme_manager: 'whole_role',
  caseworker: 'own_referrals',
  volunteer_family: 'own_family',
  parent: 'own_children',
};

/** The roles whose notifications reach everyone in the role. */
export function rolesNotifiedAsAWhole(): Role[] {
  return (Object.keys(NOTIFICATION_REACH) as Role[]).filter((role) => NOTIFICATION_REACH[role] === 'whole_role');
}
