import * as wf from '@temporalio/workflow';
import type { JourneyCommand, JourneyEvent, JourneyState } from '@venskab/domain/journey';
import type { JourneyWorkflowInput, VenskabActivities } from '@venskab/contracts';
import type { AggregateLog } from '../runner/aggregate-log';
import { workflowNow } from '../runner/workflow-clock';
import { toJourneyProjection } from './journey-projection-mapping';
import { journeySearchAttributeSync } from './journey-search-attributes';

// A local activity: the write runs inside the workflow task that asks for it, one round trip.
const { projectJourney } = wf.proxyLocalActivities<VenskabActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

/** Writes the journey's events from position `from` on (with its summary, changed tasks and notifications) and its search attributes. */
export function journeyReadModelWriter(
  input: JourneyWorkflowInput,
  journey: AggregateLog<JourneyState, JourneyCommand, JourneyEvent>,
): (from: number) => Promise<void> {
  const syncSearchAttributes = journeySearchAttributeSync(input);
  // Task rows as last written, so a projection sends only the tasks that changed (all of them once after continue-as-new).
  const projectedTasks = new Map<string, string>();
  return async (from) => {
    const projection = toJourneyProjection(input, journey.state(), [...journey.events], from, workflowNow(), projectedTasks);
    await projectJourney(projection);
    for (const task of projection.tasks) projectedTasks.set(task.taskId, JSON.stringify(task));
    syncSearchAttributes(projection.summary);
  };
}
