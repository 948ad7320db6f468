import { useSyncExternalStore } from 'react';
import type { Role } from './domain';

export interface Identity {
  userId: string;
  role: Role;
  familyId?: string;
}

export interface Session {
  accessToken: string;
  identity: Identity;
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

export function signOut(): void {
  sessionStorage.removeItem(SESSION_KEY);
  listeners.forEach((listener) => listener());
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
