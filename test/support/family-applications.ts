import type { Identity } from '../../apps/api/src/identity/identity';
import type { Actor } from '@venskab/domain/shared/actor';
import { homeVisit } from '@venskab/domain/family/family.fixture';
import { http, HttpAnswer } from './http';
import { journeyProjected } from './journey-projected';
import { CASEWORKER, COORDINATOR, eligibleReferral } from './referrals';
import { waitFor } from './wait-for';

export const FAMILY_APPLICANT: Actor = { userId: 'family-hansen', role: 'volunteer_family' };

export function application(overrides: Record<string, unknown> = {}) {
  return { displayName: 'Familien Hansen', email: 'hansen@example.dk', ...overrides };
}

/** What the coordinator records at the home visit (the domain fixture's household), as the API's request body. */
export function homeVisitFields(overrides: Record<string, unknown> = {}) {
  const { type: _type, actor: _actor, ...fields } = homeVisit();
  return { ...fields, ...overrides };
}

export function familyCommand(
  baseUrl: string,
  familyId: string,
  type: string,
  fields: Record<string, unknown> = {},
  options: { actor?: Actor; headers?: Record<string, string> } = {},
): Promise<HttpAnswer> {
  return http(baseUrl, 'POST', `/families/${familyId}/commands/${type}`, {
    actor: options.actor ?? COORDINATOR,
    body: fields,
    headers: options.headers,
  });
}

/** The whole recruitment path through the API, failing loudly on any refusal: for arranging a test. */
export async function approvedFamilyViaApi(
  baseUrl: string,
  visit: Record<string, unknown> = {},
  contact: Record<string, unknown> = {},
): Promise<string> {
  const applied = await http(baseUrl, 'POST', '/families', { actor: FAMILY_APPLICANT, body: application(contact) });
  if (applied.status !== 201) throw new Error(`application answered ${applied.status}: ${JSON.stringify(applied.body)}`);
  const familyId: string = applied.body.familyId;
  const fields = homeVisitFields(visit);
  const steps: Array<[string, Record<string, unknown>]> = [
    ['RecordHomeVisit', fields],
    ...fields.adults.map((adult): [string, Record<string, unknown>] => [
      'RecordChildCertificate',
      { adultId: adult.adultId, issuedOn: '2025-01-02T00:00:00.000Z' },
    ]),
    ['CompleteTraining', {}],
    ['Approve', {}],
  ];
  let eventCount = 0;
  for (const [type, stepFields] of steps) {
    const answer = await familyCommand(baseUrl, familyId, type, stepFields);
    if (answer.status !== 200 && answer.status !== 201) {
      throw new Error(`${type} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    }
    eventCount = answer.body.eventCount;
  }
  await approvedFamilyListed(baseUrl, familyId, eventCount);
  return familyId;
}

/**
 * Waits until the approved family's row has seen `eventCount` events: families answer a command
 * before projecting it, and lists, waiting lists and match suggestions read the projection.
 */
async function approvedFamilyListed(baseUrl: string, familyId: string, eventCount: number): Promise<void> {
  await waitFor(async () => {
    // The newest approval comes first, so the family is on the first page.
    const answer = await http(baseUrl, 'GET', '/families?stage=approved&sort=shortest_wait_first&limit=50', { actor: COORDINATOR });
    const row = answer.body.items?.find((item: { familyId: string }) => item.familyId === familyId);
    return row && row.eventCount >= eventCount ? true : undefined;
  });
}

export const BASELINE = { psychological: 2, relational: 2, socialCompetences: 3, coping: 2, selfPerception: 2, school: 3 };

/** A family's own account (tests open its session directly; see tokenFor). */
export function familyAccount(familyId: string): Identity {
  return { userId: `family:${familyId}`, role: 'volunteer_family', familyId };
}

/** One journey command through its own endpoint, failing loudly unless accepted, answered once the read model shows it: for arranging a test. */
export async function journeyStep(baseUrl: string, journeyId: string, type: string, fields: Record<string, unknown>, actor: Identity): Promise<HttpAnswer> {
  const answer = await http(baseUrl, 'POST', `/journeys/${journeyId}/commands/${type}`, { actor, body: fields });
  if (answer.status !== 201) throw new Error(`${type} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  await journeyProjected(baseUrl, journeyId);
  return answer;
}

/** A child referred by `caseworker` and taken through the API to weekly visits with the approved family `familyId`. */
export async function activeJourneyViaApi(baseUrl: string, familyId: string, caseworker: Identity = CASEWORKER): Promise<string> {
  const referred = await http(baseUrl, 'POST', '/journeys', { actor: caseworker, body: eligibleReferral() });
  if (referred.status !== 201) throw new Error(`referral answered ${referred.status}: ${JSON.stringify(referred.body)}`);
  const journeyId: string = referred.body.journeyId;
  await journeyStep(baseUrl, journeyId, 'GiveConsent', { custodyHolders: ['Mother'] }, caseworker);
  await journeyStep(baseUrl, journeyId, 'RecordScreeningVisit', { baseline: BASELINE }, COORDINATOR);
  await journeyStep(baseUrl, journeyId, 'ProposeMatch', { familyId }, COORDINATOR);
  await journeyStep(baseUrl, journeyId, 'AcceptMatch', { side: 'child' }, COORDINATOR);
  await journeyStep(baseUrl, journeyId, 'AcceptMatch', { side: 'family' }, familyAccount(familyId));
  await journeyStep(baseUrl, journeyId, 'ScheduleFriendshipMeeting', { scheduledFor: new Date().toISOString() }, COORDINATOR);
  await journeyStep(baseUrl, journeyId, 'RecordFriendshipMeetingHeld', { agreement: { weekday: 'tuesday', pickUp: 'School at 15', return: 'Home by 19' } }, COORDINATOR);
  return journeyId;
}
