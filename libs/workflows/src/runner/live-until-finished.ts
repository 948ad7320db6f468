import * as wf from '@temporalio/workflow';
import type { AggregateLog } from './aggregate-log';
import type { ProjectionCourier } from './projection-courier';
import { wakeAlarm } from './wake-alarm';

/**
 * The aggregate's life between commands: time acts when something falls due (one lasting alarm for
 * the next due moment), the run continues as new when its history grows long, and it ends once the
 * domain says the aggregate is finished and nothing is left to answer, deliver or project.
 */
export async function liveUntilFinished<State, Command, Event>(
  log: AggregateLog<State, Command, Event>,
  readModel: ProjectionCourier,
  options: { quiet: () => boolean; continueAsNew: () => Promise<never> },
): Promise<void> {
  const alarm = wakeAlarm();
  const over = () => log.isFinished() && options.quiet();
  for (;;) {
    if (log.applyDueEvents()) readModel.writeSoon();
    if (over()) return;
    if (wf.workflowInfo().continueAsNewSuggested) {
      await wf.condition(options.quiet);
      await options.continueAsNew();
    }
    // Any new event may bring the next due moment closer or finish the aggregate: look again.
    const seenEvents = log.events.length;
    alarm.ringBy(log.nextWakeUp());
    await wf.condition(() => log.events.length !== seenEvents || alarm.rang() || over());
  }
}
