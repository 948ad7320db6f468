import { defaultPayloadConverter } from '@temporalio/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataKey, DataKeyStore, DataKeyUnavailableError } from './data-key-store';
import { ENCRYPTED_ENCODING, EncryptionCodec, KEY_ID_METADATA } from './encryption-codec';

/** The store's contract in memory: a key per owner, made on first use; a destroyed key answers as the store does. */
function memoryStore(): DataKeyStore & { destroy(owner: string): void } {
  const keys = new Map<string, DataKey>();
  const destroyed = new Set<string>();
  return {
    async keyFor(owner: string) {
      if (!keys.has(owner)) keys.set(owner, { keyId: randomUUID(), owner, key: randomBytes(32) });
      return keys.get(owner)!;
    },
    async keyById(keyId: string, owner: string) {
      const key = [...keys.values()].find((candidate) => candidate.keyId === keyId);
      if (!key || destroyed.has(key.owner)) throw new DataKeyUnavailableError(key?.owner ?? owner, keyId, 'was destroyed');
      return key;
    },
    destroy(owner: string) {
      destroyed.add(owner);
    },
  } as unknown as DataKeyStore & { destroy(owner: string): void };
}

const journey = (id: string) => ({ type: 'workflow' as const, namespace: 'default', workflowId: `journey-${id}` });
const text = (bytes: Uint8Array | null | undefined) => Buffer.from(bytes ?? []).toString('utf8');

describe('EncryptionCodec', () => {
  it('hides the whole payload and names only its key; decoding gives back the exact payload', async () => {
    const codec = new EncryptionCodec(memoryStore());
    const plain = defaultPayloadConverter.toPayload({ childLabel: 'Sofie, 9 år', note: 'Bor hos mormor' });
    const [encoded] = await codec.encode([plain], journey('a'));
    expect(text(encoded.metadata?.encoding)).toBe(ENCRYPTED_ENCODING);
    expect(text(encoded.metadata?.[KEY_ID_METADATA])).toMatch(/^[0-9a-f-]{36}$/);
    expect(text(encoded.data)).not.toContain('Sofie');
    expect(text(encoded.data)).not.toContain('json/plain');
    const [decoded] = await codec.decode([encoded]);
    expect(defaultPayloadConverter.fromPayload(decoded)).toEqual({ childLabel: 'Sofie, 9 år', note: 'Bor hos mormor' });
  });

  it('uses one key per journey and per family, and decodes without knowing whose payload it is', async () => {
    const codec = new EncryptionCodec(memoryStore());
    const payload = defaultPayloadConverter.toPayload('x');
    const keyOf = async (workflowId: string) => text((await codec.encode([payload], { type: 'workflow', namespace: 'default', workflowId }))[0].metadata?.[KEY_ID_METADATA]);
    const [a1, a2, b, family] = [await keyOf('journey-a'), await keyOf('journey-a'), await keyOf('journey-b'), await keyOf('family-f')];
    expect(a1).toBe(a2);
    expect(new Set([a1, b, family]).size).toBe(3);
  });

  it('lets an activity payload use the key of the journey that scheduled it', async () => {
    const codec = new EncryptionCodec(memoryStore());
    const payload = defaultPayloadConverter.toPayload('x');
    const [fromWorkflow] = await codec.encode([payload], journey('a'));
    const [fromActivity] = await codec.encode([payload], { type: 'activity', namespace: 'default', workflowId: 'journey-a', isLocal: true });
    expect(text(fromActivity.metadata?.[KEY_ID_METADATA])).toBe(text(fromWorkflow.metadata?.[KEY_ID_METADATA]));
  });

  it('passes payloads it did not encrypt through unchanged', async () => {
    const plain = defaultPayloadConverter.toPayload({ activity_type: 'projectJourney' });
    expect(await new EncryptionCodec(memoryStore()).decode([plain])).toEqual([plain]);
  });

  it('refuses a payload that was changed after encryption', async () => {
    const codec = new EncryptionCodec(memoryStore());
    const [encoded] = await codec.encode([defaultPayloadConverter.toPayload('secret')], journey('a'));
    const tampered = Buffer.from(encoded.data!);
    tampered[tampered.length - 1] ^= 1;
    await expect(codec.decode([{ ...encoded, data: tampered }])).rejects.toThrow();
  });

  it('fails with an error naming the journey when its key is gone', async () => {
    const store = memoryStore();
    const [encoded] = await new EncryptionCodec(store).encode([defaultPayloadConverter.toPayload('secret')], journey('a'));
    store.destroy('journey-a');
    await expect(new EncryptionCodec(store).decode([encoded])).rejects.toThrow(/Cannot decode the payloads of journey a: data key .* was destroyed/);
  });
});
