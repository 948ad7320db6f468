import { defaultPayloadConverter } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { DefaultLogger, Runtime, Worker, WorkflowBundle } from '@temporalio/worker';
import { DeterminismViolationError } from '@temporalio/workflow';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeHistory } from '@venskab/audit/decode-history';
import { historyFromJson } from '@venskab/audit/history-json';
import { reconstructJourney } from '@venskab/audit/reconstruct-journey';
import { decidedHistory } from '@venskab/audit/replay-journey-histories';
import { protectedDataConverter } from '@venskab/platform/codec/data-converter';
import { ENCRYPTED_ENCODING, EncryptionCodec, KEY_ID_METADATA } from '@venskab/platform/codec/encryption-codec';
import { KeyringSource, readKeyringFile } from '@venskab/platform/codec/keyring-file';
import { bundleWorkflows } from '@venskab/platform/temporal/workflow-bundle';
import { GOLDEN_KEYRING_FILE, GOLDEN_MASTER_KEY } from '../scripts/golden/golden-keyring';
import { CHILD, GOLDEN_SCENARIOS } from '../scripts/golden/journey-scenarios';
import { readableTextOf } from './support/payload-text';
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

// The payloads are encrypted as in production, under data keys shipped beside the histories.
const KEYRING = readKeyringFile(GOLDEN_KEYRING_FILE);
const codec = new EncryptionCodec(new KeyringSource(KEYRING, GOLDEN_MASTER_KEY));
const dataConverter = protectedDataConverter(codec);
const decoded = (file: string) => decodeHistory(readHistory(file), [codec], workflowIdOf(file), 'default');

/** What the golden scenarios say about the children and families: none of it may be readable in a stored history. */
const PERSONAL_TEXT = [
  CHILD.situation,
  CHILD.needs,
  ...GOLDEN_SCENARIOS.map((make) => make().childLabel),
  'We have room for one more at our table.',
  'The family has a newborn; back after the summer.',
  'The family is moving to Aarhus.',
];

/** Every payload of a history (inputs, results, failures, markers' data and results). */
function payloadsOf(node: unknown, found: temporal.api.common.v1.IPayload[] = []): temporal.api.common.v1.IPayload[] {
  if (typeof node !== 'object' || node === null || ArrayBuffer.isView(node)) return found;
  const metadata = (node as { metadata?: Record<string, unknown> }).metadata;
  if (metadata && ArrayBuffer.isView(metadata.encoding)) found.push(node as temporal.api.common.v1.IPayload);
  else for (const value of Object.values(node)) payloadsOf(value, found);
  return found;
}

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
  it.each([...GOLDEN_FILES, ...FAMILY_FILES.map((file) => `families/${file}`)])('%s is stored encrypted: no personal text readable, every key in the keyring', (file) => {
    const history = readHistory(file);
    const text = readableTextOf(history);
    for (const personal of PERSONAL_TEXT) expect(text).not.toContain(personal);
    const keyIds = new Set(KEYRING.map((key) => key.keyId));
    const encrypted = payloadsOf(history.events).filter((payload) => Buffer.from(payload.metadata!.encoding!).toString() === ENCRYPTED_ENCODING);
    expect(encrypted.length).toBeGreaterThan(0);
    for (const payload of encrypted) expect(keyIds).toContain(Buffer.from(payload.metadata![KEY_ID_METADATA]!).toString());
  });

  it.each(GOLDEN_FILES)('%s alone reconstructs the state the workflow ended with', async (file) => {
    const history = await decoded(file);
    const completed = history.events!.at(-1)!.workflowExecutionCompletedEventAttributes!;
    const finalState = defaultPayloadConverter.fromPayload(completed.result!.payloads![0]);
    const reconstruction = reconstructJourney([{ workflowId: workflowIdOf(file), runId: 'golden', history, source: 'archive' }]);
    expect(reconstruction.state).toEqual(finalState);
  });

  it.each(GOLDEN_FILES)('%s replays deterministically against the current workflow code', async (file) => {
    const history = readHistory(file);
    // Recorded to the end: the journey finished, so every part of its history is replayed.
    expect(history.events?.at(-1)?.eventType).toBe(temporal.api.enums.v1.EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED);
    await Worker.runReplayHistory({ workflowBundle: { codePath: testEnv('workflowBundle') }, dataConverter }, history, workflowIdOf(file));
  });

  it.each(FAMILY_FILES)('families/%s replays deterministically against the current workflow code', async (file) => {
    const history = historyFromJson(fs.readFileSync(path.join(FAMILY_DIR, file), 'utf8'));
    // The family's own workflow id: the replay encrypts what it computes under that family's key.
    const workflowId = history.events![0].workflowExecutionStartedEventAttributes!.workflowId!;
    // Recorded while the family runs on: a task the recorder caught in flight was decided by no worker yet.
    await Worker.runReplayHistory({ workflowBundle: { codePath: testEnv('workflowBundle') }, dataConverter }, decidedHistory(history), workflowId);
  });

  it('fails with a DeterminismViolationError when the workflow changed without patched()', async () => {
    const variant = await bundleWorkflows(require.resolve('./support/golden-variant-workflow'));
    const replay = Worker.runReplayHistory({ workflowBundle: variant, dataConverter }, readHistory('withdrawal.json'), workflowIdOf('withdrawal.json'));
    await expect(replay).rejects.toThrow(DeterminismViolationError);
  });

  // The policy from v1.0.0 on (README, "Versioning running journeys"): the same change behind patched() replays every recorded journey.
  it.each(GOLDEN_FILES)('%s replays against the same change made behind patched()', async (file) => {
    await Worker.runReplayHistory({ workflowBundle: await patchedVariant, dataConverter }, readHistory(file), workflowIdOf(file));
  });
});
