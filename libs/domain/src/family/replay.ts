import { DEFAULT_FAMILY_POLICY, FamilyPolicy } from '../policy/family-policy';
import { FamilyEvent } from './family-events';
import { FamilyState, initialFamilyState } from './family-state';
import { evolve } from './evolve';

/** The family's state as its history says: a fold of evolve over the events, in order. */
export function replayFamily(
  familyId: string,
  events: readonly FamilyEvent[],
  policy: FamilyPolicy = DEFAULT_FAMILY_POLICY,
): FamilyState {
  return events.reduce(evolve, initialFamilyState(familyId, policy));
}
