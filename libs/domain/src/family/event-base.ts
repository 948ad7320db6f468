import { Actor, Instant } from '../shared';
import { FamilyState } from './family-state';

/** Every event says which family, when, and who: the history must say who decided. */
export function eventBase(state: FamilyState, actor: Actor, now: Instant) {
  return { familyId: state.familyId, at: now, actor };
}
