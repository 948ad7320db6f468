import * as wf from '@temporalio/workflow';
import type { JourneyCommand } from '../../../domain/src/journey';
import { journeyCommandUpdate } from '../journey/journey-messages';
import type { JourneyWorkflowInput } from '../journey/journey-messages';

/** What the baseline answers instead of the journey view. */
export interface MinimalCommandAnswer {
  type: string;
  accepted: number;
}

/** The journey's update (same name, same argument) with the baseline's own answer. */
export const minimalCommandUpdate = wf.defineUpdate<MinimalCommandAnswer, [JourneyCommand]>(journeyCommandUpdate.name);

/**
 * The benchmark's baseline (scripts/bench/bench-journeys.ts): started like a journey and accepting
 * the same updates, with a trivial validator and handler and nothing else — no domain, no timers,
 * no projection — so the benchmark can tell what the journey itself costs per command.
 * It waits for commands until it is terminated.
 */
export async function minimalJourneyWorkflow(_input: JourneyWorkflowInput): Promise<never> {
  let accepted = 0;
  wf.setHandler(
    minimalCommandUpdate,
    (command) => {
      accepted += 1;
      return { type: command.type, accepted };
    },
    {
      validator: (command) => {
        if (typeof command !== 'object' || command === null || typeof command.type !== 'string') throw new Error('not a journey command');
      },
    },
  );
  await wf.condition(() => false);
  throw new Error('unreachable');
}
