import { decide, evolve, familyEventsDueByTime, initialFamilyState, isFamilyFinished, nextFamilyWakeUp, replayFamily } from '@venskab/domain/family';
import type { FamilyCommand, FamilyEvent, FamilyState } from '@venskab/domain/family';
import type { FamilyWorkflowInput } from '@venskab/contracts';
import type { AggregateRules } from '../runner/aggregate-log';

/** The family's domain, bound to this family and the policy it applied under. */
export function familyRules(input: FamilyWorkflowInput): AggregateRules<FamilyState, FamilyCommand, FamilyEvent> {
  return {
    initialState: () => initialFamilyState(input.familyId, input.policy),
    replay: (events) => replayFamily(input.familyId, events, input.policy),
    decide,
    evolve,
    eventsDueByTime: familyEventsDueByTime,
    nextWakeUp: nextFamilyWakeUp,
    isFinished: isFamilyFinished,
  };
}
