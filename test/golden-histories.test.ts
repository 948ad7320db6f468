import { defaultPayloadConverter } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { DefaultLogger, Runtime, Worker, WorkflowBundle } from '@temporalio/worker';
import { DeterminismViolationError } from '@temporalio/workflow';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { historyFromJson } from '@venskab/audit/history-json';
import { reconstructJourney } from '@venskab/audit/reconstruct-journey';
import { bundleWorkflows } from '@venskab/platform/temporal/workflow-bundle';
import { testEnv } from './support/test-env-keys';

// Every committed golden history (npm run golden:record) must replay against the current workflow
// code: a change that would break running journeys fails here. See "Versioning running journeys" in the README.
const GOLDEN_DIR = path.join(__dirname, 'golden-histories');
const GOLDEN_FILES = fs.readdirSync(GOLDEN_DIR).filter((file) => file.endsWith('.json')).sort();

// Families outlive their matches, so their golden histories end while the family workflow still runs.
const FAMILY_DIR = path.join(GOLDEN_DIR, 'families');
const FAMILY_FILES = fs.existsSync(FAMILY_DIR) ? fs.readdirSync(FAMILY_DIR).filter((file) => file.endsWith('.json')).sort() : [];

const readHistory = (file: string) => historyFromJson(fs.readFileSync(path.join(GOLDEN_DIR, file), 'utf8'));
const workflowIdOf = (file: string) => `journey-golden-${path.basename(file, '.json')}`;

describe('golden workflow histories', () => {
  let patchedVariant: Promise<WorkflowBundle>;
  beforeAll(() => {
    patchedVariant = bundleWorkflows(require.resolve('./support/golden-patched-variant-workflow'));
    try {
      Runtime.install({ logger: new DefaultLogger('WARN') });
    } catch {
      // already installed by an earlier test file in this process
    }
  });

  it('cover the recorded journeys and families', () => {
    expect(GOLDEN_FILES).toEqual(['concern.json', 'early-closure.json', 'happy-path.json', 'rematch.json', 'withdrawal.json']);
    expect(FAMILY_FILES).toContain('lifecycle.json');
  });

  // The projection's answers hold the domain events, so a history alone tells the whole journey.
  it.each(GOLDEN_FILES)('%s alone reconstructs the state the workflow ended with', (file) => {
    const history = readHistory(file);
    const completed = history.events!.at(-1)!.workflowExecutionCompletedEventAttributes!;
    const finalState = defaultPayloadConverter.fromPayload(completed.result!.payloads![0]);
    const reconstruction = reconstructJourney([{ workflowId: workflowIdOf(file), runId: 'golden', history, source: 'archive' }]);
    expect(reconstruction.state).toEqual(finalState);
  });

  it.each(GOLDEN_FILES)('%s replays deterministically against the current workflow code', async (file) => {
    const history = readHistory(file);
    // Recorded to the end: the journey finished, so every part of its history is replayed.
    expect(history.events?.at(-1)?.eventType).toBe(temporal.api.enums.v1.EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED);
    await Worker.runReplayHistory({ workflowBundle: { codePath: testEnv('workflowBundle') } }, history, workflowIdOf(file));
  });

  it.each(FAMILY_FILES)('families/%s replays deterministically against the current workflow code', async (file) => {
    const history = historyFromJson(fs.readFileSync(path.join(FAMILY_DIR, file), 'utf8'));
    await Worker.runReplayHistory({ workflowBundle: { codePath: testEnv('workflowBundle') } }, history, `family-${path.basename(file, '.json')}`);
  });

  it('fails with a DeterminismViolationError when the workflow changed without patched()', async () => {
    const variant = await bundleWorkflows(require.resolve('./support/golden-variant-workflow'));
    const replay = Worker.runReplayHistory({ workflowBundle: variant }, readHistory('withdrawal.json'), workflowIdOf('withdrawal.json'));
    await expect(replay).rejects.toThrow(DeterminismViolationError);
  });

  // The policy from v1.0.0 on (README, "Versioning running journeys"): the same change behind patched() replays every recorded journey.
  it.each(GOLDEN_FILES)('%s replays against the same change made behind patched()', async (file) => {
    await Worker.runReplayHistory({ workflowBundle: await patchedVariant }, readHistory(file), workflowIdOf(file));
  });
});
