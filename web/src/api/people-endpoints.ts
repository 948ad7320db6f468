/**
 * Calls for people, invitations and notifications (issue 13's contract). Their answers are written
 * out here until the OpenAPI document describes them.
 */
import type { FamilyJourneyView } from '@venskab/domain/journey/family-view';
import type { PersonRole } from '@venskab/domain/people/people-rules';
import type { Identity } from '../session';
import { api } from './client';

export interface SignedIn {
  accessToken: string;
  tokenType: string;
  expiresAt: string;
  identity: Identity;
}

export interface InvitationGreeting {
  displayName: string;
  role: PersonRole;
  expiresAt: string;
}

export interface PersonInvited {
  personId: string;
  /** Null when no new link was needed (a parent who already has a password got the child added). */
  invitationUrl: string | null;
  expiresAt: string | null;
  emailed: boolean;
}

export interface Person {
  personId: string;
  displayName: string;
  role: PersonRole;
  email: string | null;
  unit: string | null;
  familyId: string | null;
  journeyIds: string[];
  active: boolean;
  hasPassword: boolean;
  invitationPending: boolean;
  invitationExpiresAt: string | null;
}

export interface NewPerson {
  displayName: string;
  role: PersonRole;
  email?: string;
  username?: string;
  unit?: string;
  familyId?: string;
  journeyId?: string;
}

export interface NotificationItem {
  notificationId: string;
  kind: string;
  reminderKind?: string;
  journeyId?: string;
  familyId?: string;
  childLabel?: string;
  familyName?: string;
  createdAt: string;
  read: boolean;
}

export interface NotificationPage {
  items: NotificationItem[];
  total: number;
  unread: number;
}

const tokenPath = (token: string) => `/invitations/${encodeURIComponent(token)}`;
const personPath = (personId: string) => `/people/${encodeURIComponent(personId)}`;

export function getInvitation(token: string) {
  return api<InvitationGreeting>('GET', tokenPath(token));
}

export function acceptInvitation(token: string, password: string) {
  return api<SignedIn>('POST', `${tokenPath(token)}/accept`, { password });
}

export function listPeople(filter: { familyId?: string; journeyId?: string } = {}) {
  const query = new URLSearchParams();
  if (filter.familyId) query.set('familyId', filter.familyId);
  if (filter.journeyId) query.set('journeyId', filter.journeyId);
  return api<{ items: Person[] }>('GET', `/people?${query}`);
}

export function createPerson(person: NewPerson) {
  return api<PersonInvited>('POST', '/people', person);
}

export function newInvitation(personId: string) {
  return api<PersonInvited>('POST', `${personPath(personId)}/invitation`);
}

export function signOutEverywhere(personId: string) {
  return api<void>('POST', `${personPath(personId)}/sessions/revoke`);
}

export function deactivatePerson(personId: string) {
  return api<void>('POST', `${personPath(personId)}/deactivate`);
}

export function listNotifications(page: { limit: number; offset: number }) {
  return api<NotificationPage>('GET', `/notifications?limit=${page.limit}&offset=${page.offset}`);
}

export function unreadNotificationCount() {
  return api<{ unread: number }>('GET', '/notifications/unread-count');
}

export function markNotificationRead(notificationId: string) {
  return api<void>('POST', `/notifications/${encodeURIComponent(notificationId)}/read`);
}

export function markAllNotificationsRead() {
  return api<void>('POST', '/notifications/read-all');
}

/** GET /journeys/{id} as a volunteer family answers it. */
export function getFamilyJourney(journeyId: string) {
  return api<FamilyJourneyView>('GET', `/journeys/${encodeURIComponent(journeyId)}`);
}
