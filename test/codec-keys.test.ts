import { Client, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, defaultPayloadConverter } from '@temporalio/common';
import { randomBytes, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { journeyCommandUpdate } from '@venskab/contracts';
import { JourneyHistoryReader } from '@venskab/audit/journey-history-reader';
import type { JourneyCommand } from '@venskab/domain/journey';
import { caseworker, coordinator, eligibleChild } from '@venskab/domain/journey/journey.fixture';
import { DataKeyStore, MasterKeyMismatchError } from '@venskab/platform/codec/data-key-store';
import { dataProtection } from '@venskab/platform/codec/data-protection';
import { ENCRYPTED_ENCODING, KEY_ID_METADATA } from '@venskab/platform/codec/encryption-codec';
import { masterKeyId } from '@venskab/platform/codec/master-key-id';
import { rotateMasterKey } from '@venskab/platform/codec/rotate-master-key';
import { localMasterKeyFile } from '@venskab/platform/config/local-master-key';
import { AuditedJourney } from './support/audit-journeys';
import { readableTextOf } from './support/payload-text';
import { TEST_MASTER_KEY } from './support/test-master-key';
import { startTestStack, TestStack } from './support/test-stack';

const text = (bytes: Uint8Array | null | undefined) => Buffer.from(bytes ?? []).toString('utf8');
const testMasterKey = Buffer.from(TEST_MASTER_KEY, 'hex');

/** A client on the stack's Temporal that decodes with the data keys under `masterKey` (a fresh cache: every key is read from PostgreSQL). */
function clientUnder(stack: TestStack, masterKey: Buffer): Client {
  const { dataConverter } = dataProtection({ masterKey, dataDir: '/nonexistent' }, stack.dataSource);
  return new Client({ connection: stack.client.connection, namespace: stack.config.temporalNamespace, dataConverter });
}

describe('payload encryption with a data key per child', () => {
  let stack: TestStack;
  let journey: AuditedJourney;
  beforeAll(async () => {
    stack = await startTestStack();
    journey = await AuditedJourney.start(stack);
    await journey.send({ type: 'GiveConsent', actor: caseworker, custodyHolders: ['Mormor Grethe'], note: 'Underskrevet hos mormor i Valby.' });
    await journey.settled();
  });
  afterAll(() => stack.stop());

  it('stores every payload of the journey encrypted under the journey’s own key, no personal text readable', async () => {
    const history = await journey.handle.fetchHistory();
    const stored = readableTextOf(history);
    for (const personal of [eligibleChild.situation, eligibleChild.needs, 'Mormor Grethe', 'Underskrevet hos mormor']) expect(stored).not.toContain(personal);

    const [key] = await stack.dataSource.query('SELECT key_id FROM data_keys WHERE owner = $1', [`journey-${journey.journeyId}`]);
    const input = history.events![0].workflowExecutionStartedEventAttributes!.input!.payloads![0];
    expect(text(input.metadata!.encoding)).toBe(ENCRYPTED_ENCODING);
    expect(text(input.metadata![KEY_ID_METADATA])).toBe(key.key_id);

    const [decoded] = await new JourneyHistoryReader(stack.client, stack.dataSource).histories(journey.journeyId);
    const decodedInput = defaultPayloadConverter.fromPayload<{ referral: { child: { situation: string } } }>(
      decoded.history.events![0].workflowExecutionStartedEventAttributes!.input!.payloads![0],
    );
    expect(decodedInput.referral.child.situation).toBe(eligibleChild.situation);
    expect(readableTextOf(decoded.history)).toContain('Mormor Grethe');
  });

  it('encodes a refusal’s message: a client without the keys gets neither its text nor its reason', async () => {
    const refused: JourneyCommand = { type: 'GiveConsent', actor: coordinator, custodyHolders: ['Mormor Grethe'] };
    const send = (client: Client) => client.workflow.getHandle(`journey-${journey.journeyId}`).executeUpdate(journeyCommandUpdate, { args: [refused] });
    const error = await send(stack.client).catch((caught: unknown) => caught);
    if (!(error instanceof WorkflowUpdateFailedError)) throw error;
    const refusal = error.cause as ApplicationFailure;
    expect(refusal.message).not.toBe('Encoded failure');
    expect(refusal.details?.[0]).toEqual(expect.objectContaining({ code: expect.any(String), message: refusal.message }));

    // Message and stack trace travel in the failure's encoded attributes, encrypted like any payload.
    const withoutKeys = await send(new Client({ connection: stack.client.connection, namespace: stack.config.temporalNamespace })).catch((caught: unknown) => caught);
    expect(String(withoutKeys)).toMatch(/Unknown encoding: binary\/encrypted/);
    expect(String(withoutKeys)).not.toContain(refusal.message);
  });

  it('still decodes the old histories after the master key is rotated, and the old master key then stops the start', async () => {
    const newMasterKey = randomBytes(32);
    const config = { masterKey: testMasterKey, dataDir: '/nonexistent' };
    try {
      const rotation = await rotateMasterKey(config, stack.dataSource, newMasterKey);
      expect(rotation.rewrapped).toBeGreaterThan(0);

      const runs = await new JourneyHistoryReader(clientUnder(stack, newMasterKey), stack.dataSource).histories(journey.journeyId);
      expect(readableTextOf(runs[0].history)).toContain('Mormor Grethe');
      await expect(new DataKeyStore(stack.dataSource, testMasterKey).assertMasterKeyMatches()).rejects.toThrow(MasterKeyMismatchError);
      const readWithOld = new JourneyHistoryReader(clientUnder(stack, testMasterKey), stack.dataSource).histories(journey.journeyId);
      await expect(readWithOld).rejects.toThrow(`Cannot decode the payloads of journey ${journey.journeyId}`);
    } finally {
      // The run's other test files share this database and the test master key.
      await rotateMasterKey({ masterKey: newMasterKey, dataDir: '/nonexistent' }, stack.dataSource, testMasterKey);
    }
    await new DataKeyStore(stack.dataSource, testMasterKey).assertMasterKeyMatches();
  });

  it('rotates the key file of the data folder: a new key replaces it, and the data keys follow', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'venskab-rotation-'));
    fs.writeFileSync(localMasterKeyFile(dataDir), TEST_MASTER_KEY);
    try {
      const rotation = await rotateMasterKey({ masterKey: undefined, dataDir }, stack.dataSource, undefined);
      const newMasterKey = Buffer.from(fs.readFileSync(localMasterKeyFile(dataDir), 'utf8'), 'hex');
      expect(newMasterKey.equals(testMasterKey)).toBe(false);
      expect(fs.readdirSync(dataDir)).toEqual(['master-key']);
      expect(rotation.newMasterKeyId).toBe(masterKeyId(newMasterKey));
      await new DataKeyStore(stack.dataSource, newMasterKey).assertMasterKeyMatches();
      await rotateMasterKey({ masterKey: newMasterKey, dataDir }, stack.dataSource, testMasterKey);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    await new DataKeyStore(stack.dataSource, testMasterKey).assertMasterKeyMatches();
  });

  it('names the journey and the cause when a payload’s key is not in the store', async () => {
    const [encoded] = await stack.protection.codec.encode([defaultPayloadConverter.toPayload('x')], {
      type: 'workflow',
      namespace: 'default',
      workflowId: 'journey-only-in-another-database',
    });
    await stack.dataSource.query('DELETE FROM data_keys WHERE owner = $1', ['journey-only-in-another-database']);
    const fresh = dataProtection({ masterKey: testMasterKey, dataDir: '/nonexistent' }, stack.dataSource).codec;
    await expect(fresh.decode([encoded], { type: 'workflow', namespace: 'default', workflowId: 'journey-only-in-another-database' })).rejects.toThrow(
      /^Cannot decode the payloads of journey only-in-another-database: data key [0-9a-f-]+ is not in the key store\.$/,
    );
  });

  it('keeps one key per journey even when two processes make it at once', async () => {
    const owner = `journey-${randomUUID()}`;
    const stores = [1, 2, 3].map(() => new DataKeyStore(stack.dataSource, testMasterKey));
    const keys = await Promise.all(stores.map((store) => store.keyFor(owner)));
    expect(new Set(keys.map((key) => key.keyId)).size).toBe(1);
    expect(keys[0].key.equals(keys[2].key)).toBe(true);
  });
});
