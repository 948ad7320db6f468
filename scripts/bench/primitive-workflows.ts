// Workflows of the primitives benchmark (scripts/bench/bench-primitives.ts): each accepts the same
// update as the minimal baseline and adds exactly one Temporal primitive, so the benchmark can show
// what that primitive costs per update on this machine.
import * as wf from '@temporalio/workflow';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { SEARCH_ATTRIBUTES } from '../../libs/platform/src/temporal/search-attributes';

export interface PrimitiveActivities {
  /** Does nothing: the cost measured is the local activity's round trip, not its work. */
  echo(value: number): Promise<number>;
}

export const primitiveCommand = wf.defineUpdate<{ accepted: number }, [unknown]>('primitiveCommand');
const STAGE = defineSearchAttributeKey(SEARCH_ATTRIBUTES.stage.name, SearchAttributeType.KEYWORD);
const { echo } = wf.proxyLocalActivities<PrimitiveActivities>({ startToCloseTimeout: '30 seconds' });
/** About the size of a journey's answer (its state, schedule and allowed commands). */
const FOUR_KB = 'x'.repeat(4096);
const BATCH_DELAY_MS = 500;

type Answer = { accepted: number; padding?: string };

/** Accepts the update, with the baseline's trivial validator; `answer` gets the number of updates accepted so far. */
function acceptUpdates(answer: (accepted: number) => Promise<Answer> | Answer): void {
  let accepted = 0;
  wf.setHandler(primitiveCommand, () => answer(++accepted), {
    validator: (command) => {
      if (command === undefined) throw new Error('no command');
    },
  });
}

/** These workflows run until they are terminated. */
async function forever(): Promise<never> {
  await wf.condition(() => false);
  throw new Error('unreachable');
}

export function baselineWorkflow(): Promise<never> {
  acceptUpdates((accepted) => ({ accepted }));
  return forever();
}

export function localActivityPerUpdateWorkflow(): Promise<never> {
  acceptUpdates(async (accepted) => ({ accepted: await echo(accepted) }));
  return forever();
}

export function searchAttributePerUpdateWorkflow(): Promise<never> {
  acceptUpdates((accepted) => {
    wf.upsertSearchAttributes([{ key: STAGE, value: `step-${accepted}` }]);
    return { accepted };
  });
  return forever();
}

export function fourKilobyteAnswerWorkflow(): Promise<never> {
  acceptUpdates((accepted) => ({ accepted, padding: FOUR_KB }));
  return forever();
}

/** What a journey did before projecting in batches: a local activity and an upsert per update, and a 4 KB answer. */
export function projectionPerUpdateWorkflow(): Promise<never> {
  acceptUpdates(async (accepted) => {
    await echo(accepted);
    wf.upsertSearchAttributes([{ key: STAGE, value: `step-${accepted}` }]);
    return { accepted, padding: FOUR_KB };
  });
  return forever();
}

/** What a journey does now: answers at once; one local activity and one upsert for what accumulated in 500 ms. */
export async function projectionInBatchesWorkflow(): Promise<never> {
  let accepted = 0;
  let projected = 0;
  acceptUpdates((count) => {
    accepted = count;
    return { accepted, padding: FOUR_KB };
  });
  for (;;) {
    await wf.condition(() => projected < accepted);
    await wf.sleep(BATCH_DELAY_MS);
    const upTo = accepted;
    await echo(upTo);
    wf.upsertSearchAttributes([{ key: STAGE, value: `step-${upTo}` }]);
    projected = upTo;
  }
}
