// Records the golden workflow histories in test/golden-histories/ (npm run golden:record; existing
// files are kept, `npm run golden:record -- --overwrite` records every scenario again).
// Starts its own embedded PostgreSQL and in-memory Temporal dev server, drives each journey of
// scripts/golden/journey-scenarios.ts to its end under a compressed policy, and writes each
// completed workflow's history as JSON. test/golden-histories.test.ts replays them against the
// current workflow code, so a change that would break running journeys fails the tests. The
// payloads are encrypted as in production; their data keys go to the keyring file beside the
// histories, wrapped by the public GOLDEN_MASTER_KEY (scripts/golden/golden-keyring.ts).
import { WorkflowHandle, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateJourneyPolicy } from '@venskab/domain/journey';
import type { JourneyCommand, Refusal } from '@venskab/domain/journey';
import type { FamilyCommand } from '@venskab/domain/family';
import {
  JOURNEY_REFUSED,
  journeyCommandUpdate,
  journeySystemSignal,
  journeyViewQuery,
  journeyWorkflowId,
  JourneyView,
  JourneyWorkflowInput,
} from '@venskab/contracts';
import { GOLDEN_SCENARIOS, JourneyScenario, JourneyStep, ScenarioStep } from './golden/journey-scenarios';
import { exportWrappedKeys, importWrappedKeys } from '@venskab/platform/codec/data-key-store';
import { readKeyringFile, writeKeyringFile } from '@venskab/platform/codec/keyring-file';
import { GOLDEN_KEYRING_FILE, GOLDEN_MASTER_KEY } from './golden/golden-keyring';
import { historyToJson } from '@venskab/audit/history-json';
import { startApprovedFamily } from './support/approved-family';
import { LocalStack, withLocalStack } from './support/local-stack';
import { familyCommandUpdate, familyWorkflowId } from '@venskab/contracts';

const REPO_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');
const OUTPUT_DIR = path.join(REPO_ROOT, 'test', 'golden-histories');
const FAMILY_OUTPUT_DIR = path.join(OUTPUT_DIR, 'families');
/** Refusals that only mean "not yet" (the workflow clock is the server's, a hair behind ours): retried briefly. */
const NOT_YET = new Set(['week_not_started', 'review_not_due_yet', 'visit_date_invalid']);
const WAIT_LIMIT_MS = 60_000;
const COMPLETION_LIMIT_MS = 15_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function refusalOf(error: unknown): Refusal | null {
  const cause = error instanceof WorkflowUpdateFailedError ? error.cause : error;
  if (cause instanceof ApplicationFailure && cause.type === JOURNEY_REFUSED) {
    return (cause.details?.[0] as Refusal | undefined) ?? { code: 'refused', message: cause.message };
  }
  return null;
}

async function waitUntilReady(handle: WorkflowHandle, scenario: string, waitFor: NonNullable<JourneyStep['waitFor']>): Promise<JourneyView> {
  const deadline = Date.now() + WAIT_LIMIT_MS;
  for (;;) {
    const view = await handle.query(journeyViewQuery);
    if (waitFor.ready(view, Date.now())) return view;
    if (Date.now() > deadline) throw new Error(`${scenario}: waited ${WAIT_LIMIT_MS} ms for ${waitFor.what}; the journey is ${view.state.stage}`);
    await sleep(25);
  }
}

async function send(stack: LocalStack, handle: WorkflowHandle, scenario: string, step: ScenarioStep): Promise<void> {
  if ('family' in step) {
    const { familyId, command } = step.family;
    await stack.client.workflow.getHandle(familyWorkflowId(familyId)).executeUpdate(familyCommandUpdate, { args: [command] });
    return;
  }
  for (let attempt = 1; ; attempt++) {
    const view = step.waitFor ? await waitUntilReady(handle, scenario, step.waitFor) : await handle.query(journeyViewQuery);
    const command: JourneyCommand = step.command(view);
    if (step.via === 'signal') {
      await handle.signal(journeySystemSignal, command);
      return;
    }
    try {
      await handle.executeUpdate(journeyCommandUpdate, { args: [command] });
      return;
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal && NOT_YET.has(refusal.code) && attempt < 20) {
        await sleep(25);
        continue;
      }
      throw new Error(`${scenario}: ${command.type} failed: ${refusal ? `${refusal.code} – ${refusal.message}` : String(error)}`);
    }
  }
}

async function record(stack: LocalStack, scenario: JourneyScenario): Promise<{ file: string; events: number; bytes: number; ms: number }> {
  const started = Date.now();
  const input: JourneyWorkflowInput = {
    journeyId: scenario.journeyId,
    programme: 'golden-histories',
    childLabel: scenario.childLabel,
    policy: scenario.policy,
    referral: scenario.referral,
  };
  for (const familyId of scenario.families) await startApprovedFamily(stack.client, stack.taskQueue, familyId);
  const handle = await stack.client.workflow.start('journeyWorkflow', {
    workflowId: journeyWorkflowId(scenario.journeyId),
    taskQueue: stack.taskQueue,
    args: [input],
  });
  for (const step of scenario.steps) await send(stack, handle, scenario.name, step);

  const result = handle.result();
  const settled = await Promise.race([result.then(() => true, () => true), sleep(COMPLETION_LIMIT_MS).then(() => false)]);
  if (!settled) {
    const view = await handle.query(journeyViewQuery);
    // Terminated, so no long poll for the result is left running when the connection closes.
    await handle.terminate('the golden-history recorder gave up waiting').catch(() => undefined);
    await result.catch(() => undefined);
    throw new Error(
      `${scenario.name}: the workflow did not complete within ${COMPLETION_LIMIT_MS} ms after the last command ` +
        `(stage ${view.state.stage}, post-end measurement ${view.state.postEndMeasurement?.status ?? 'none'})`,
    );
  }
  await result;
  const history = await handle.fetchHistory();
  const json = `${historyToJson(history, 1)}\n`;
  const file = path.join(OUTPUT_DIR, `${scenario.name}.json`);
  fs.writeFileSync(file, json);
  await recordFamilies(stack, scenario);
  return { file: path.relative(REPO_ROOT, file), events: history.events?.length ?? 0, bytes: Buffer.byteLength(json), ms: Date.now() - started };
}

/**
 * The scenario's families as they stand once the journey is over: still running (a family outlives
 * its matches), so their histories end mid-way, which is how a worker meets them after a deploy.
 */
async function recordFamilies(stack: LocalStack, scenario: JourneyScenario): Promise<void> {
  fs.mkdirSync(FAMILY_OUTPUT_DIR, { recursive: true });
  for (const familyId of scenario.families) {
    const history = await stack.client.workflow.getHandle(familyWorkflowId(familyId)).fetchHistory();
    fs.writeFileSync(path.join(FAMILY_OUTPUT_DIR, `${scenario.name}-${familyId}.json`), `${historyToJson(history, 1)}\n`);
  }
}

const LIFECYCLE_FAMILY = 'family-golden-lifecycle';

/** A family's whole path on its own: recruited and approved, paused and resumed, noted on, and retired (its workflow ends). */
async function recordFamilyLifecycle(stack: LocalStack): Promise<void> {
  await startApprovedFamily(stack.client, stack.taskQueue, LIFECYCLE_FAMILY);
  const handle = stack.client.workflow.getHandle(familyWorkflowId(LIFECYCLE_FAMILY));
  const coordinator = { userId: 'coordinator-golden', role: 'coordinator' as const };
  const steps: FamilyCommand[] = [
    { type: 'Pause', actor: coordinator, note: 'The family has a newborn; back after the summer.' },
    { type: 'Resume', actor: coordinator },
    { type: 'AddCoordinatorNote', actor: coordinator, noteId: 'note-1', text: 'Ready for a child again.', sentiment: 'positive' },
    { type: 'Retire', actor: coordinator, note: 'The family is moving to Aarhus.' },
  ];
  for (const command of steps) await handle.executeUpdate(familyCommandUpdate, { args: [command] });
  await handle.result();
  fs.mkdirSync(FAMILY_OUTPUT_DIR, { recursive: true });
  fs.writeFileSync(path.join(FAMILY_OUTPUT_DIR, 'lifecycle.json'), `${historyToJson(await handle.fetchHistory(), 1)}\n`);
  console.log('wrote test/golden-histories/families/lifecycle.json');
}

/** The scenarios to record: those without a file yet, or all with --overwrite. */
function scenariosToRecord(): JourneyScenario[] {
  // A committed history stands for journeys already running: kept unless --overwrite is given.
  const overwrite = process.argv.includes('--overwrite');
  const all = GOLDEN_SCENARIOS.map((make) => make());
  const chosen = all.filter((scenario) => overwrite || !fs.existsSync(path.join(OUTPUT_DIR, `${scenario.name}.json`)));
  for (const kept of all.filter((scenario) => !chosen.includes(scenario))) {
    console.log(`keeping test/golden-histories/${kept.name}.json (re-record with --overwrite)`);
  }
  return chosen;
}

async function main(stack: LocalStack, scenarios: JourneyScenario[]): Promise<void> {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  // The kept histories' keys stay in the keyring, and a kept family's key is reused, not made twice.
  if (!process.argv.includes('--overwrite') && fs.existsSync(GOLDEN_KEYRING_FILE)) await importWrappedKeys(stack.dataSource, readKeyringFile(GOLDEN_KEYRING_FILE));
  for (const scenario of scenarios) {
    const problems = validateJourneyPolicy(scenario.policy);
    if (problems.length > 0) throw new Error(`${scenario.name}: invalid policy: ${problems.map((p) => p.message).join(' ')}`);
  }
  console.log(`recording ${scenarios.length} journeys: ${scenarios.map((s) => s.name).join(', ')}`);
  const outcomes = await Promise.allSettled(scenarios.map((scenario) => record(stack, scenario)));
  const failures: string[] = [];
  for (const outcome of outcomes) {
    if (outcome.status === 'rejected') {
      failures.push(outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason));
      continue;
    }
    const result = outcome.value;
    console.log(`wrote ${result.file}: ${result.events} events, ${(result.bytes / 1024).toFixed(0)} KB, ${(result.ms / 1000).toFixed(1)} s`);
  }
  if (failures.length > 0) throw new Error(`${failures.length} of ${scenarios.length} journeys were not recorded:\n${failures.join('\n')}`);
  if (process.argv.includes('--overwrite') || !fs.existsSync(path.join(FAMILY_OUTPUT_DIR, 'lifecycle.json'))) await recordFamilyLifecycle(stack);
  fs.mkdirSync(path.dirname(GOLDEN_KEYRING_FILE), { recursive: true });
  writeKeyringFile(GOLDEN_KEYRING_FILE, await exportWrappedKeys(stack.dataSource));
  console.log(`wrote ${path.relative(REPO_ROOT, GOLDEN_KEYRING_FILE)}`);
}

const scenarios = scenariosToRecord();
if (scenarios.length === 0) console.log('nothing to record');
else void withLocalStack({ name: 'golden', masterKey: GOLDEN_MASTER_KEY }, (stack) => main(stack, scenarios));
