import { useCallback, useEffect, useState } from 'react';
import { currentSession, useSession } from './session';

export interface Loaded<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  reload: () => void;
  setData: (data: T) => void;
}

/** Loads once per change of deps and after signing in again; reload() asks again (after a command, say). */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  // A new token (signed in again over the page) loads again what the ended one could not.
  const accessToken = useSession()?.accessToken;
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    setLoading(true);
    load()
      .then((value) => {
        if (!current) return;
        setData(value);
        setError(null);
      })
      .catch((caught: unknown) => current && setError(caught))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [...deps, round, accessToken]);
  const reload = useCallback(() => setRound((value) => value + 1), []);
  return { data, error, loading, reload, setData };
}

/**
 * Form values that survive a reload of the tab and an ended sign-in (sessionStorage, per person, so
 * whoever signs in next in the tab never sees them), until clear() after a successful send. `initial`
 * may be a function, called again by clear() (for a fresh submission key, say).
 */
export function useDraft<T extends object>(key: string, initial: T | (() => T)): [T, (next: T) => void, () => void] {
  const storageKey = `venskab.draft.${currentSession()?.identity.userId ?? ''}.${key}`;
  const fresh = () => (typeof initial === 'function' ? initial() : initial);
  const [value, setValue] = useState<T>(() => {
    try {
      const stored = sessionStorage.getItem(storageKey);
      return stored ? { ...fresh(), ...(JSON.parse(stored) as Partial<T>) } : fresh();
    } catch {
      return fresh();
    }
  });
  const update = useCallback(
    (next: T) => {
      setValue(next);
      sessionStorage.setItem(storageKey, JSON.stringify(next));
    },
    [storageKey],
  );
  const clear = useCallback(() => {
    sessionStorage.removeItem(storageKey);
    setValue(fresh());
  }, [storageKey]);
  return [value, update, clear];
}
