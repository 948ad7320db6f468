import * as wf from '@temporalio/workflow';
import type { AggregateLog } from './aggregate-log';

export interface ProjectionCourier {
  allProjected(): boolean;
  projectedCount(): number;
  /** What time brought (a reminder, a deadline) is written at once: its wake-up is a workflow task anyway. */
  writeSoon(): void;
}

/**
 * Keeps the read model behind the aggregate by at most `delayMs`: everything that happened within
 * that time is written by one `project(from)` (one local activity and at most one search-attribute
 * update), so a burst of commands costs one projection, and a command is answered without waiting
 * for it. A timer of its own, so a projection never lengthens a command's workflow task.
 */
export function startProjectionCourier<State, Command, Event>(
  log: AggregateLog<State, Command, Event>,
  options: { delayMs: number; projectedCount: number; project: (from: number) => Promise<void> },
): ProjectionCourier {
  let projectedCount = options.projectedCount;
  let timeEventsWaiting = false;
  const somethingToProject = () => projectedCount < log.events.length;

  const projectPending = async () => {
    // Written with what is due by now, so the row never shows a reminder as still to come.
    log.applyDueEvents();
    timeEventsWaiting = false;
    const upTo = log.events.length;
    await options.project(projectedCount);
    projectedCount = upTo;
  };
  void (async () => {
    for (;;) {
      await wf.condition(somethingToProject);
      if (!timeEventsWaiting) await wf.condition(() => timeEventsWaiting, Math.max(1, options.delayMs));
      await projectPending();
    }
  })();

  return {
    allProjected: () => !somethingToProject(),
    projectedCount: () => projectedCount,
    writeSoon: () => {
      timeEventsWaiting = true;
    },
  };
}
