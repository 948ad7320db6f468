// Workflows of the primitives benchmark (scripts/bench/bench-primitives.ts): each accepts the same
// update as the minimal baseline and adds exactly one Temporal primitive, so the benchmark can show
// what that primitive costs per update on this machine.
import * as wf from '@temporalio/workflow';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { journeyCommandUpdate, SEARCH_ATTRIBUTES } from '@venskab/contracts';

export interface PrimitiveActivities {
  /** Does nothing: the cost measured is the local activity's round trip, not its work. */
  echo(value: number): Promise<number>;
  /** Sends the partner workflow an update and waits for its answer, as a journey's proposal reserves a place in a family. */
  reserveInPartner(partnerId: string): Promise<void>;
  /** Signals the partner workflow from outside, as a projection activity could deliver a family's effects. */
  signalPartner(partnerId: string, value: number): Promise<void>;
}

export const primitiveCommand = wf.defineUpdate<{ accepted: number }, [unknown]>('primitiveCommand');
const STAGE = defineSearchAttributeKey(SEARCH_ATTRIBUTES.stage.name, SearchAttributeType.KEYWORD);
const local = wf.proxyLocalActivities<PrimitiveActivities>({ startToCloseTimeout: '1 minute' });
const { echo } = local;
const { reserveInPartner } = wf.proxyActivities<PrimitiveActivities>({ startToCloseTimeout: '1 minute' });
export const partnerSignal = wf.defineSignal<[number]>('partnerSignal');
/** About the size of a journey's answer (its state, schedule and allowed commands). */
const FOUR_KB = 'x'.repeat(4096);
export const BATCH_DELAY_MS = 500;
/** Where the bench's journeys talk to their family: the 3rd command (ProposeMatch) and the 5th (the family's AcceptMatch). */
const RESERVATION_AT_UPDATE = 3;
const SIGNAL_AT_UPDATE = 5;

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

/**
 * The journeys bench's baseline (bench-journeys.ts): started like a journey and answering the
 * journey's update by name with a trivial validator and handler and nothing else (no domain, no
 * timers, no projection), so the bench can tell what the journey itself costs per command.
 */
export function minimalJourneyWorkflow(): Promise<never> {
  let accepted = 0;
  wf.setHandler(
    wf.defineUpdate<{ type: string; accepted: number }, [{ type: string }]>(journeyCommandUpdate.name),
    (command) => ({ type: command.type, accepted: ++accepted }),
    {
      validator: (command) => {
        if (typeof command !== 'object' || command === null || typeof command.type !== 'string') throw new Error('not a journey command');
      },
    },
  );
  return forever();
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
export function projectionInBatchesWorkflow(): Promise<never> {
  return answerAndProjectInBatches();
}

/** A 4 KB answer at once; one local activity and one upsert for what accumulated within the batch delay (the first batch is the start). */
function answerAndProjectInBatches(
  onUpdate: (accepted: number) => Promise<void> | void = () => undefined,
  batchDelayMs = BATCH_DELAY_MS,
  project: (upTo: number) => Promise<unknown> = echo,
): Promise<never> {
  let changes = 1;
  acceptUpdates(async (accepted) => {
    await onUpdate(accepted);
    changes += 1;
    return { accepted, padding: FOUR_KB };
  });
  return projectInBatches(() => changes, batchDelayMs, project);
}

/** Writes what accumulated within the batch delay as one local activity and one upsert, for as long as the workflow runs. */
async function projectInBatches(changes: () => number, batchDelayMs: number, project: (upTo: number) => Promise<unknown>): Promise<never> {
  let projected = 0;
  for (;;) {
    await wf.condition(() => projected < changes());
    await wf.sleep(batchDelayMs);
    const upTo = changes();
    await project(upTo);
    wf.upsertSearchAttributes([{ key: STAGE, value: `step-${upTo}` }]);
    projected = upTo;
  }
}

/**
 * Stands in for a family: it answers a reservation update at once and takes a signal, and projects
 * what accumulated within the batch delay, as the family's workflow does.
 */
export function partnerWorkflow(): Promise<never> {
  let steps = 0;
  acceptUpdates(() => ({ accepted: ++steps }));
  wf.setHandler(partnerSignal, () => void ++steps);
  return projectInBatches(() => steps, BATCH_DELAY_MS, echo);
}

/** One update in the bench's eleven waits for a regular activity that sends the partner an update. */
export function reservationInPartnerWorkflow(partnerId: string): Promise<never> {
  acceptUpdates(async (accepted) => {
    if (accepted === RESERVATION_AT_UPDATE) await reserveInPartner(partnerId);
    return { accepted };
  });
  return forever();
}

/** One update in the bench's eleven signals the partner's workflow (SignalExternalWorkflowExecution). */
export function signalToPartnerWorkflow(partnerId: string): Promise<never> {
  const partner = wf.getExternalWorkflowHandle(partnerId);
  acceptUpdates((accepted) => {
    if (accepted === SIGNAL_AT_UPDATE) void partner.signal(partnerSignal, accepted);
    return { accepted };
  });
  return forever();
}

/**
 * A journey's Temporal footprint without its domain: an alarm at the start, a 4 KB answer,
 * projection in batches (500 ms unless the bench passes the journeys' own delay), the reservation
 * in the partner at the 3rd update and the signal to it at the 5th. No journey with these features
 * can be cheaper on this machine, whatever its own code costs.
 */
export function journeySkeletonWorkflow(partnerId: string, batchDelayMs = BATCH_DELAY_MS): Promise<never> {
  // The journey's alarm for its next due moment, days away.
  void wf.sleep('1 day');
  const partner = wf.getExternalWorkflowHandle(partnerId);
  return answerAndProjectInBatches(async (accepted) => {
    if (accepted === RESERVATION_AT_UPDATE) await reserveInPartner(partnerId);
    if (accepted === SIGNAL_AT_UPDATE) void partner.signal(partnerSignal, accepted);
  }, batchDelayMs);
}

/**
 * The skeleton in the cheapest forms of the same features: the reservation through a local activity
 * (so no second journey workflow task; the partner must run on its own task queue, or a journey's
 * held task could wait for a partner task that has no slot), and the signal delivered by the next
 * batch's projection activity instead of SignalExternalWorkflowExecution.
 */
export function leanJourneySkeletonWorkflow(partnerId: string, batchDelayMs = BATCH_DELAY_MS): Promise<never> {
  void wf.sleep('1 day');
  let signalDue: number | null = null;
  return answerAndProjectInBatches(
    async (accepted) => {
      if (accepted === RESERVATION_AT_UPDATE) await local.reserveInPartner(partnerId);
      if (accepted === SIGNAL_AT_UPDATE) signalDue = accepted;
    },
    batchDelayMs,
    async (upTo) => {
      const signal = signalDue;
      signalDue = null;
      await (signal === null ? echo(upTo) : local.signalPartner(partnerId, signal));
    },
  );
}
