import type { Identity } from '../session';
import type { FamilyCommandType, JourneyCommandType } from '../domain';
import { api } from './client';
import type {
  CaseworkerView,
  FamilyDetail,
  FamilyView,
  FamilyRow,
  JourneyPage,
  JourneyRow,
  ReferredJourney,
  SignInRequest,
  TaskPage,
  TokenAnswer,
  JourneyView,
  MatchSuggestions,
  Page,
  ProgrammeForecast,
  ProgrammeKpis,
  ReplayResult,
  Task,
  Timeline,
  WaitingChild,
  WaitingFamily,
} from './types';

export function requestToken(username: string, password: string) {
  const body: SignInRequest = { username, password };
  return api<Omit<TokenAnswer, 'identity'> & { identity: Identity }>('POST', '/auth/token', body);
}

export function listJourneys(filter: { stage?: string; overdue?: boolean } = {}) {
  const query = new URLSearchParams({ limit: '200' });
  if (filter.stage) query.set('stage', filter.stage);
  if (filter.overdue !== undefined) query.set('overdue', String(filter.overdue));
  return api<JourneyPage>('GET', `/journeys?${query}`);
}

export function getJourney(journeyId: string) {
  return api<JourneyView | CaseworkerView>('GET', `/journeys/${encodeURIComponent(journeyId)}`);
}

export function getJourneyRow(journeyId: string) {
  return api<JourneyRow>('GET', `/journeys/${encodeURIComponent(journeyId)}/row`);
}

export function getTimeline(journeyId: string) {
  return api<Timeline>('GET', `/journeys/${encodeURIComponent(journeyId)}/timeline`);
}

export function replayJourney(journeyId: string) {
  return api<ReplayResult>('POST', `/journeys/${encodeURIComponent(journeyId)}/replay`);
}

/** Sent inside withIdempotencyKey (the referral form's draft), so a resend starts no second journey. */
export function referChild(referral: Record<string, unknown>) {
  return api<ReferredJourney>('POST', '/journeys', referral);
}

/** One endpoint per command: POST /journeys/:id/commands/<Type> with the command's fields as the body. */
export function sendJourneyCommand(journeyId: string, type: JourneyCommandType, fields: Record<string, unknown>) {
  return api<JourneyView | CaseworkerView>('POST', `/journeys/${encodeURIComponent(journeyId)}/commands/${type}`, fields);
}

/**
 * Needs and interests are always sent, even empty, so unticking the last one counts; without a place
 * the server uses the home recorded at the screening visit.
 */
export function matchSuggestions(journeyId: string, query: { place?: string; weekdays: string[]; needs: string[]; interests: string[] }) {
  const params = new URLSearchParams({ weekdays: query.weekdays.join(','), needs: query.needs.join(','), interests: query.interests.join(',') });
  if (query.place) params.set('place', query.place);
  return api<MatchSuggestions>('GET', `/journeys/${encodeURIComponent(journeyId)}/match-suggestions?${params}`);
}

export function listFamilies() {
  return api<Page<FamilyRow>>('GET', '/families?limit=200');
}

export function getFamily(familyId: string) {
  return api<FamilyDetail>('GET', `/families/${encodeURIComponent(familyId)}`);
}

/** One endpoint per family command: POST /families/:id/commands/<Type> with the command's fields as the body. */
export function sendFamilyCommand(familyId: string, type: FamilyCommandType, fields: Record<string, unknown>) {
  return api<FamilyView>('POST', `/families/${encodeURIComponent(familyId)}/commands/${type}`, fields);
}

/** What a family is called: its contact's name from the workflow, else the projected row's. */
export function familyDisplayName(detail: FamilyDetail): string | null {
  return detail.state?.contact?.displayName ?? detail.row?.displayName ?? null;
}

export function waitingChildren() {
  return api<Page<WaitingChild>>('GET', '/waiting-lists/children?limit=200');
}

export function waitingFamilies() {
  return api<Page<WaitingFamily>>('GET', '/waiting-lists/families?limit=200');
}

/** The caller's open tasks (GET /tasks answers each role with its own). */
export async function myTasks(): Promise<Task[]> {
  const answer = await api<TaskPage>('GET', '/tasks?state=open&limit=200');
  return answer.items;
}

/** The programme's key figures for a period (both ends optional: since the start, up to now). */
export function programmeKpis(period: { from?: string; at?: string } = {}) {
  const query = new URLSearchParams();
  if (period.from) query.set('from', period.from);
  if (period.at) query.set('at', period.at);
  return api<ProgrammeKpis>('GET', `/programme/kpis?${query}`);
}

/** The waiting list's forecast for the next 12 months (all programmes). */
export function programmeForecast() {
  return api<ProgrammeForecast>('GET', '/programme/forecast');
}
