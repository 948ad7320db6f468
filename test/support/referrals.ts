import type { Actor } from '@venskab/domain/shared/actor';

export const CASEWORKER: Actor = { userId: 'caseworker-anna', role: 'caseworker' };
export const COORDINATOR: Actor = { userId: 'coordinator-bo', role: 'coordinator' };

/** A referral that meets every eligibility rule of the default policy. */
export function eligibleReferral(overrides: Record<string, unknown> = {}) {
  return {
    childLabel: 'M.K.',
    age: 8,
    situation: 'Lives with mother and two siblings; few adults around outside school.',
    needs: 'Calm, predictable adults; help with homework now and then.',
    interests: ['football', 'drawing'],
    legalBasis: 'barnets-lov-32',
    exclusionCriteriaConfirmedAbsent: true,
    caseworkerUnit: 'bbu-north',
    ...overrides,
  };
}
