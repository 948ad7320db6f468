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
  /**
   * The server ended the sign-in (expired, revoked) while the person was working: the page stays,
   * with what they typed, and asks them to sign in again over it.
   */
  ended?: true;
}

/** Kept for the browser tab only: closing the tab signs out. */
export const SESSION_KEY = 'venskab.session';

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
  sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  listeners.forEach((listener) => listener());
}

function clearSession(): void {
  sessionStorage.removeItem(SESSION_KEY);
  listeners.forEach((listener) => listener());
}

/**
 * The server ended the session (expired, revoked, account closed): keep who it was, so the page and
 * its forms stay, and mark it for the sign-in dialog. The token is kept only to be replaced.
 */
export function sessionEnded(): void {
  const session = currentSession();
  if (!session || session.ended) return;
  signIn({ ...session, ended: true });
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
