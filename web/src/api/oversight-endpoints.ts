import { api } from './client';
import type { Page } from './types';

/** The deployment's settings the UI needs (GET /config/ui, public). */
export interface UiConfig {
  temporalUiUrl: string;
  temporalNamespace: string;
}

export function uiConfig() {
  return api<UiConfig>('GET', '/config/ui');
}

/** One logged read of a child's journey (GET /audit/read-log). */
export interface ReadLogEntry {
  id: string;
  journeyId: string;
  userId: string;
  role: string;
  readerName: string | null;
  childLabel: string | null;
  /** Which part was read: journey, row, events, timeline, match-suggestions, … */
  part: string;
  readAt: string;
}

export function readLog(filter: { journeyId?: string; userId?: string } = {}) {
  const query = new URLSearchParams({ limit: '200' });
  if (filter.journeyId) query.set('journeyId', filter.journeyId);
  if (filter.userId) query.set('userId', filter.userId);
  return api<Page<ReadLogEntry>>('GET', `/audit/read-log?${query}`);
}
