import type { Role } from './domain';
import type { Identity } from './session';

/** The pages each role reaches from the menu; the API enforces the same limits on the data. */
export const NAV_BY_ROLE: Record<string, { to: string; key: string }[]> = {
  coordinator: [
    { to: '/my-day', key: 'nav.myDay' },
    { to: '/children', key: 'nav.children' },
    { to: '/families', key: 'nav.families' },
    { to: '/waiting-lists', key: 'nav.waitingLists' },
    { to: '/kpis', key: 'kpis.nav' },
    { to: '/people', key: 'people.nav' },
  ],
  caseworker: [
    { to: '/my-day', key: 'nav.myDay' },
    { to: '/children', key: 'nav.children' },
    { to: '/refer', key: 'nav.refer' },
  ],
  volunteer_family: [{ to: '/home', key: 'home.nav' }],
  parent: [{ to: '/my-child', key: 'parentHome.nav' }],
  programme_manager: [
    { to: '/my-day', key: 'nav.myDay' },
    { to: '/kpis', key: 'kpis.nav' },
    { to: '/waiting-lists', key: 'nav.waitingLists' },
    { to: '/families', key: 'nav.families' },
    { to: '/people', key: 'people.nav' },
  ],
  auditor: [
    { to: '/children', key: 'nav.children' },
    { to: '/families', key: 'nav.families' },
    { to: '/waiting-lists', key: 'nav.waitingLists' },
    { to: '/kpis', key: 'kpis.nav' },
    { to: '/read-log', key: 'readLog.nav' },
  ],
};

/** The roles that get notifications (the auditor reads, and is told nothing). */
export function hasNotifications(role: Role): boolean {
  return role !== 'auditor' && role !== 'system';
}

export function homeOf(role: Role): string {
  return NAV_BY_ROLE[role]?.[0]?.to ?? '/children';
}

/** The menu of one signed-in person: a family's own account also reaches its family page. */
export function navItems(identity: Identity): { to: string; key: string }[] {
  const items = NAV_BY_ROLE[identity.role] ?? [];
  if (identity.role === 'volunteer_family' && identity.familyId) {
    return [...items, { to: `/families/${encodeURIComponent(identity.familyId)}`, key: 'nav.ourFamily' }];
  }
  return items;
}
