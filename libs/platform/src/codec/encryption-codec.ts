import type { Payload, PayloadCodec, SerializationContext } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { open, seal } from './aes-gcm';
import type { DataKey, DataKeySource } from './data-key-store';
import { keyOwnerOf } from './key-owner';

export const ENCRYPTED_ENCODING = 'binary/encrypted';
/** The metadata field that names the data key of an encrypted payload. */
export const KEY_ID_METADATA = 'encryption-key-id';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function keyIdOf(payload: Payload): string | null {
  const metadata = payload.metadata ?? {};
  if (!metadata.encoding || decoder.decode(metadata.encoding) !== ENCRYPTED_ENCODING) return null;
  const keyId = metadata[KEY_ID_METADATA];
  if (!keyId) throw new Error(`an encrypted payload without ${KEY_ID_METADATA}`);
  return decoder.decode(keyId);
}

/**
 * Encrypts every payload (the whole Payload message, so even its JSON encoding is hidden) with
 * AES-256-GCM under the data key of the journey or family it belongs to, and names the key in
 * the metadata; decoding needs only that key id. Payloads that are not encrypted (markers the SDK
 * writes itself) pass through. Keys are cached for the life of the process.
 */
export class EncryptionCodec implements PayloadCodec {
  private readonly byOwner = new Map<string, Promise<DataKey>>();
  private readonly byId = new Map<string, Promise<DataKey>>();

  constructor(private readonly store: DataKeySource) {}

  async encode(payloads: Payload[], context?: SerializationContext): Promise<Payload[]> {
    if (payloads.length === 0) return payloads;
    const { keyId, key } = await this.cached(this.byOwner, keyOwnerOf(context), (owner) => this.store.keyFor(owner));
    return payloads.map((payload) => ({
      metadata: { encoding: encoder.encode(ENCRYPTED_ENCODING), [KEY_ID_METADATA]: encoder.encode(keyId) },
      data: seal(key, temporal.api.common.v1.Payload.encode(payload).finish(), keyId),
    }));
  }

  async decode(payloads: Payload[], context?: SerializationContext): Promise<Payload[]> {
    return Promise.all(
      payloads.map(async (payload) => {
        const keyId = keyIdOf(payload);
        if (keyId === null) return payload;
        const { key } = await this.cached(this.byId, keyId, (id) => this.store.keyById(id, keyOwnerOf(context)));
        const decoded = temporal.api.common.v1.Payload.decode(open(key, payload.data ?? new Uint8Array(), keyId));
        return { metadata: decoded.metadata, data: decoded.data } as Payload;
      }),
    );
  }

  /** Whose keys the encrypted ones among `payloads` are under (e.g. "journey-<id>"), each once, for the read log. */
  async ownersOf(payloads: Payload[]): Promise<string[]> {
    const owners = new Set<string>();
    for (const payload of payloads) {
      const keyId = keyIdOf(payload);
      if (keyId !== null) owners.add((await this.cached(this.byId, keyId, (id) => this.store.keyById(id, 'an unknown owner'))).owner);
    }
    return [...owners];
  }

  /** One lookup per key and process; a failed lookup is not remembered, so it is tried again next time. */
  private cached(cache: Map<string, Promise<DataKey>>, name: string, load: (name: string) => Promise<DataKey>): Promise<DataKey> {
    let entry = cache.get(name);
    if (!entry) {
      entry = load(name).then((dataKey) => {
        this.byId.set(dataKey.keyId, Promise.resolve(dataKey));
        this.byOwner.set(dataKey.owner, Promise.resolve(dataKey));
        return dataKey;
      });
      entry.catch(() => cache.delete(name));
      cache.set(name, entry);
    }
    return entry;
  }
}
