import * as fs from 'node:fs';
import { DataKey, DataKeySource, DataKeyUnavailableError, unwrapDataKey, wrapDataKey, WrappedDataKey } from './data-key-store';
import { masterKeyId } from './master-key-id';

interface KeyringJson {
  keys: Array<{ keyId: string; owner: string; masterKeyId: string; wrappedKey: string }>;
}

/** Wrapped data keys as a JSON file (the keys the golden histories were recorded with); the keys stay wrapped. */
export function writeKeyringFile(file: string, keys: WrappedDataKey[]): void {
  const json: KeyringJson = { keys: keys.map((key) => ({ ...key, wrappedKey: key.wrappedKey.toString('base64') })) };
  fs.writeFileSync(file, `${JSON.stringify(json, null, 1)}\n`);
}

export function readKeyringFile(file: string): WrappedDataKey[] {
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as KeyringJson;
  return json.keys.map((key) => ({ ...key, wrappedKey: Buffer.from(key.wrappedKey, 'base64') }));
}

/** The same keys wrapped by `to` instead of `from`, e.g. to bring them into a store under another master key. */
export function rewrapKeys(keys: WrappedDataKey[], from: Buffer, to: Buffer): WrappedDataKey[] {
  return keys.map((key) => ({
    keyId: key.keyId,
    owner: key.owner,
    wrappedKey: wrapDataKey(to, unwrapDataKey(from, key.keyId, key.owner, key.wrappedKey)),
    masterKeyId: masterKeyId(to),
  }));
}

/** A fixed set of keys in memory, for decoding only (a replay of recorded histories needs no database). */
export class KeyringSource implements DataKeySource {
  private readonly byId: Map<string, DataKey>;

  constructor(keys: WrappedDataKey[], masterKey: Buffer) {
    this.byId = new Map(keys.map((key) => [key.keyId, unwrapDataKey(masterKey, key.keyId, key.owner, key.wrappedKey)]));
  }

  async keyFor(owner: string): Promise<DataKey> {
    const key = [...this.byId.values()].find((candidate) => candidate.owner === owner);
    if (!key) throw new Error(`the keyring holds no key of ${owner} and cannot make one`);
    return key;
  }

  async keyById(keyId: string, owner: string): Promise<DataKey> {
    const key = this.byId.get(keyId);
    if (!key) throw new DataKeyUnavailableError(owner, keyId, 'is not in the keyring');
    return key;
  }
}
