import * as wf from '@temporalio/workflow';
import type { FamilyCommand, FamilyEvent, FamilyState } from '@venskab/domain/family';
import type { FamilyWorkflowInput, VenskabActivities } from '@venskab/contracts';
import type { AggregateLog } from '../runner/aggregate-log';
import { toFamilyProjection } from './family-projection-mapping';
import { familySearchAttributeSync } from './family-search-attributes';

// A local activity: the write runs inside the workflow task that asks for it, one round trip.
const { projectFamily } = wf.proxyLocalActivities<VenskabActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

/** Writes the family's events from position `from` on (with its summary, tasks and notifications) and its search attributes. */
export function familyReadModelWriter(
  input: FamilyWorkflowInput,
  family: AggregateLog<FamilyState, FamilyCommand, FamilyEvent>,
): (from: number) => Promise<void> {
  const syncSearchAttributes = familySearchAttributeSync();
  return async (from) => {
    await projectFamily(toFamilyProjection(input, family.state(), [...family.events], from));
    syncSearchAttributes(family.state());
  };
}
