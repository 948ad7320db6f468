import { useSyncExternalStore } from 'react';
import type { Role } from './domain';

export interface Identity {
  userId: string;
  role: Role;
  /** The person's name, shown in the header; absent only in sessions made outside the sign-in page. */
  displayName?: string;
  familyId?: string;
  /** A parent's children's journeys. */
  journeyIds?: string[];
}

export interface Session {
  accessToken: string;
  identity: Identity;
}

/** Kept for the browser tab only: closing the tab signs out. */
export const SESSION_KEY = 'venskab.session';
/** Why the last session ended without the person asking (shown once on the sign-in page). */
const ENDED_KEY = 'venskab.sessionEnded';

const listeners = new Set<() => void>();
let cached: { raw: string | null; session: Session | null } = { raw: null, session: null };

export function currentSession(): Session | null {
  const raw = sessionStorage.getItem(SESSION_KEY);
  if (raw !== cached.raw) {
    let session: Session | null = null;
    try {
      session = raw ? (JSON.parse(raw) as Session) : null;
    } catch {
      session = null;
    }
    cached = { raw, session };
  }
  return cached.session;
}

export function signIn(session: Session): void {
  sessionStorage.removeItem(ENDED_KEY);
  sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  listeners.forEach((listener) => listener());
}

function clearSession(): void {
  sessionStorage.removeItem(SESSION_KEY);
  listeners.forEach((listener) => listener());
}

/** The server ended the session (expired, revoked, account closed): forget it and say so on the sign-in page. */
export function sessionEnded(): void {
  sessionStorage.setItem(ENDED_KEY, 'session_ended');
  clearSession();
}

/** Why the sign-in page is shown, when the server ended the session (forgotten at the next sign-in). */
export function sessionEndedReason(): string | null {
  return sessionStorage.getItem(ENDED_KEY);
}

/** Ends the session on the server too (so a copied token stops working); signs out locally whatever it answers. */
export async function signOut(): Promise<void> {
  const session = currentSession();
  if (session) {
    await fetch('/auth/sign-out', { method: 'POST', headers: { authorization: `Bearer ${session.accessToken}` } }).catch(() => undefined);
  }
  clearSession();
}

export function useSession(): Session | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    currentSession,
  );
}
