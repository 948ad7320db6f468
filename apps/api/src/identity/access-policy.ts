import type { Role } from '@venskab/domain/shared/actor';
import type { Identity } from './identity';

/**
 * Who may do what, in one table. Endpoints name a permission; the guard checks the caller's role
 * against it. What a role may see of one journey (the relationship rules) is decided below too.
 */
export const PERMISSIONS = {
  'journey.refer': ['caseworker'],
  'auth.self': ['caseworker', 'coordinator', 'volunteer_family', 'parent', 'programme_manager', 'auditor'],
  'journey.list': ['caseworker', 'coordinator', 'volunteer_family', 'parent', 'auditor'],
  'journey.read': ['caseworker', 'coordinator', 'volunteer_family', 'parent', 'auditor'],
  'journey.command': ['caseworker', 'coordinator', 'volunteer_family', 'parent'],
  'journey.timeline': ['coordinator', 'auditor'],
  'journey.audit': ['auditor'],
  // The codec server that shows Temporal's web UI the plain payloads: those who may read whole journeys.
  'codec.use': ['coordinator', 'auditor'],
  'family.apply': ['coordinator', 'volunteer_family'],
  'family.list': ['coordinator', 'programme_manager', 'auditor'],
  'family.read': ['coordinator', 'volunteer_family', 'auditor'],
  'family.command': ['coordinator', 'volunteer_family'],
  'matching.suggest': ['coordinator'],
  'waiting-lists.read': ['coordinator', 'programme_manager', 'auditor'],
  'tasks.read': ['caseworker', 'coordinator', 'volunteer_family', 'programme_manager'],
  'tasks.complete': ['coordinator'],
  'programme.kpis': ['coordinator', 'programme_manager', 'auditor'],
  // Which people a manager may invite or sign out is decided per role by mayCreatePerson (libs/domain/src/people).
  'people.manage': ['coordinator', 'caseworker', 'programme_manager'],
  'notifications.read': ['caseworker', 'coordinator', 'volunteer_family', 'parent', 'programme_manager'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function hasPermission(identity: Identity, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(identity.role);
}

/** The facts about a journey that decide who may see it. */
export interface JourneyRelations {
  journeyId: string;
  caseworkerId: string;
  familyId: string | null;
}

/**
 * A caseworker sees the children they referred, a family the children matched with it, a parent
 * their own children; staff and
 * auditors see all of the programme. Anyone else is told the journey does not exist (404), so
 * ids cannot be probed.
 */
export function canSeeJourney(identity: Identity, journey: JourneyRelations): boolean {
  switch (identity.role) {
    case 'coordinator':
    case 'auditor':
      return true;
    case 'caseworker':
      return journey.caseworkerId === identity.userId;
    case 'volunteer_family':
      return identity.familyId !== undefined && journey.familyId === identity.familyId;
    case 'parent':
      return identity.journeyIds?.includes(journey.journeyId) ?? false;
    default:
      return false;
  }
}

/** Caseworkers and parents see milestones only; everyone else allowed to see a journey sees all of it. */
export function seesMilestonesOnly(identity: Identity): boolean {
  return identity.role === 'caseworker' || identity.role === 'parent';
}

/** A volunteer family's account reaches only its own family; staff and auditors reach every family. */
export function canSeeFamily(identity: Identity, familyId: string): boolean {
  if (identity.role === 'volunteer_family') return identity.familyId === familyId;
  return identity.role === 'coordinator' || identity.role === 'auditor';
}
