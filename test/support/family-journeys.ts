import type { Actor } from '@venskab/domain/shared/actor';
import { http } from './http';
import { journeyProjected } from './journey-projected';
import { CASEWORKER, COORDINATOR, eligibleReferral } from './referrals';

const BASELINE = { psychological: 2, relational: 2, socialCompetences: 3, coping: 2, selfPerception: 2, school: 3 };

/** The journey steps up to matching: consent, then the screening visit with its baseline measurement. */
export const STEPS_TO_MATCHING: Array<{ actor: Actor; type: string; fields: Record<string, unknown> }> = [
  { actor: CASEWORKER, type: 'GiveConsent', fields: { custodyHolders: ['Mother'] } },
  { actor: COORDINATOR, type: 'RecordScreeningVisit', fields: { baseline: BASELINE } },
];

/**
 * A child referred through the API and brought to matching, waiting for a family; answers the journey id.
 * `matchingProfile` is what the coordinator records about the child's home at the screening visit.
 */
export async function journeyInMatchingViaApi(
  baseUrl: string,
  referral: Record<string, unknown> = {},
  matchingProfile?: Record<string, unknown>,
): Promise<string> {
  const referred = await http(baseUrl, 'POST', '/journeys', { actor: CASEWORKER, body: eligibleReferral(referral) });
  if (referred.status !== 201) throw new Error(`referral answered ${referred.status}: ${JSON.stringify(referred.body)}`);
  const journeyId: string = referred.body.journeyId;
  for (const { actor, type, fields } of STEPS_TO_MATCHING) {
    const body = type === 'RecordScreeningVisit' && matchingProfile ? { ...fields, matchingProfile } : fields;
    const answer = await http(baseUrl, 'POST', `/journeys/${journeyId}/commands/${type}`, { actor, body });
    if (answer.status !== 201) throw new Error(`${type} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  }
  await journeyProjected(baseUrl, journeyId);
  return journeyId;
}
