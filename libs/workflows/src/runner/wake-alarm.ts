import * as wf from '@temporalio/workflow';
import type { Instant } from '@venskab/domain/shared';

export interface WakeAlarm {
  /**
   * Makes sure the workflow is woken no later than `at`; an alarm already set for earlier is kept.
   * With nothing due (null) an alarm that rang is put away, and one still set is left to ring once.
   */
  ringBy(at: Instant | null): void;
  rang(): boolean;
}

/**
 * One timer for a workflow's next due moment, kept across commands. Waiting with a timeout starts a
 * timer and cancels it whenever something else wakes the workflow first, which is on every command:
 * two history events and a server timer each time. An earlier alarm is left to ring instead of being
 * replaced by a later one; the loop then finds nothing due and sets the alarm for the new moment.
 */
export function wakeAlarm(): WakeAlarm {
  let current: { at: number; rang: boolean; scope: wf.CancellationScope } | null = null;
  return {
    ringBy(at) {
      if (at === null) {
        if (current?.rang) current = null;
        return;
      }
      const atMs = Date.parse(at);
      if (current && !current.rang && current.at <= atMs) return;
      current?.scope.cancel();
      const alarm = { at: atMs, rang: false, scope: new wf.CancellationScope() };
      // Date is the workflow clock inside the sandbox (see workflow-clock.ts).
      alarm.scope
        .run(() => wf.sleep(Math.max(1, atMs - Date.now())))
        .then(
          () => {
            alarm.rang = true;
          },
          (error: unknown) => {
            if (!wf.isCancellation(error)) throw error;
          },
        );
      current = alarm;
    },
    rang: () => current?.rang === true,
  };
}
