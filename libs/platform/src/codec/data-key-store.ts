import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ConfigError } from '../config/config';
import { open, seal } from './aes-gcm';
import { describeOwner } from './key-owner';
import { masterKeyId } from './master-key-id';

export interface DataKey {
  keyId: string;
  owner: string;
  key: Buffer;
}

/** Where the codec gets its keys: the data_keys table, or a keyring file (the golden histories'). */
export interface DataKeySource {
  /** The owner's key, made on first use where keys can be made. */
  keyFor(owner: string): Promise<DataKey>;
  /** The key a payload names; `owner` names the journey in the error when there is no such key at all. */
  keyById(keyId: string, owner: string): Promise<DataKey>;
}

interface DataKeyRow {
  key_id: string;
  owner: string;
  wrapped_key: Buffer | null;
  master_key_id: string;
  destroyed_at: Date | null;
}

/** A payload cannot be decoded: its key is gone, destroyed, or the master key does not unwrap it. The message names the journey. */
export class DataKeyUnavailableError extends Error {
  constructor(readonly owner: string, readonly keyId: string, cause: string) {
    super(`Cannot decode the payloads of ${describeOwner(owner)}: data key ${keyId} ${cause}.`);
    this.name = 'DataKeyUnavailableError';
  }
}

/** A ConfigError, so worker and API stop at start with this one line. */
export class MasterKeyMismatchError extends ConfigError {}

const wrappingContext = (keyId: string, owner: string) => `data-key:${keyId}:${owner}`;

/** A data key sealed by the master key, bound to its id and owner. */
export function wrapDataKey(masterKey: Buffer, dataKey: DataKey): Buffer {
  return seal(masterKey, dataKey.key, wrappingContext(dataKey.keyId, dataKey.owner));
}

/** The data key of `wrapDataKey`; throws when the master key (or the id, or the owner) is not the one it was wrapped with. */
export function unwrapDataKey(masterKey: Buffer, keyId: string, owner: string, wrapped: Uint8Array): DataKey {
  return { keyId, owner, key: open(masterKey, wrapped, wrappingContext(keyId, owner)) };
}

/**
 * The data_keys table: one AES-256 key per owner (a child's journey, a family), stored only
 * wrapped by the master key. A destroyed key keeps its row (with no key), so its payloads say
 * they were erased rather than that a key is missing.
 */
export class DataKeyStore implements DataKeySource {
  private readonly masterId: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly masterKey: Buffer,
  ) {
    this.masterId = masterKeyId(masterKey);
  }

  /** Made on first use; two processes making it at once agree on one. */
  async keyFor(owner: string): Promise<DataKey> {
    const existing = await this.rowOf('owner', owner);
    if (existing) return this.unwrap(existing);
    const keyId = randomUUID();
    const key = randomBytes(32);
    await this.dataSource.query(
      `INSERT INTO data_keys (key_id, owner, wrapped_key, master_key_id) VALUES ($1, $2, $3, $4) ON CONFLICT (owner) DO NOTHING`,
      [keyId, owner, wrapDataKey(this.masterKey, { keyId, owner, key }), this.masterId],
    );
    const stored = await this.rowOf('owner', owner);
    if (!stored) throw new Error(`the data key of ${describeOwner(owner)} was neither made nor found`);
    return this.unwrap(stored);
  }

  async keyById(keyId: string, owner: string): Promise<DataKey> {
    const row = await this.rowOf('key_id', keyId);
    if (!row) throw new DataKeyUnavailableError(owner, keyId, 'is not in the key store');
    return this.unwrap(row);
  }

  /** Stops the start when the stored keys were wrapped by another master key (a wrong VENSKAB_MASTER_KEY). */
  async assertMasterKeyMatches(): Promise<void> {
    const rows: Array<{ master_key_id: string }> = await this.dataSource.query(
      'SELECT DISTINCT master_key_id FROM data_keys WHERE wrapped_key IS NOT NULL AND master_key_id <> $1',
      [this.masterId],
    );
    if (rows.length > 0) {
      throw new MasterKeyMismatchError(
        `VENSKAB_MASTER_KEY (or data/master-key) is not the master key that wrapped the stored data keys (key ${this.masterId}, the store's ${rows.map((row) => row.master_key_id).join(', ')}); start with the right key.`,
      );
    }
  }

  /** Wraps every live data key by `newMasterKey` instead; histories are untouched. Safe to run again after an interruption. */
  async rewrapAll(newMasterKey: Buffer): Promise<{ rewrapped: number; unchanged: number }> {
    const newId = masterKeyId(newMasterKey);
    return this.dataSource.transaction(async (manager) => {
      const rows: DataKeyRow[] = await manager.query('SELECT * FROM data_keys WHERE wrapped_key IS NOT NULL ORDER BY key_id FOR UPDATE');
      let rewrapped = 0;
      for (const row of rows) {
        if (row.master_key_id === newId) continue;
        await manager.query('UPDATE data_keys SET wrapped_key = $2, master_key_id = $3 WHERE key_id = $1', [row.key_id, wrapDataKey(newMasterKey, this.unwrap(row)), newId]);
        rewrapped++;
      }
      return { rewrapped, unchanged: rows.length - rewrapped };
    });
  }

  private async rowOf(column: 'owner' | 'key_id', value: string): Promise<DataKeyRow | undefined> {
    const rows: DataKeyRow[] = await this.dataSource.query(`SELECT * FROM data_keys WHERE ${column} = $1`, [value]);
    return rows[0];
  }

  private unwrap(row: DataKeyRow): DataKey {
    if (!row.wrapped_key) {
      throw new DataKeyUnavailableError(row.owner, row.key_id, `was destroyed${row.destroyed_at ? ` on ${row.destroyed_at.toISOString()}` : ''} (personal data erased)`);
    }
    if (row.master_key_id !== this.masterId) {
      throw new DataKeyUnavailableError(row.owner, row.key_id, `is wrapped by master key ${row.master_key_id}, not by this one (${this.masterId})`);
    }
    try {
      return unwrapDataKey(this.masterKey, row.key_id, row.owner, row.wrapped_key);
    } catch {
      throw new DataKeyUnavailableError(row.owner, row.key_id, 'does not unwrap with this master key (the stored key was altered)');
    }
  }
}

/** Data keys as they are moved between stores: still wrapped, with the id of the master key that wraps them. */
export interface WrappedDataKey {
  keyId: string;
  owner: string;
  wrappedKey: Buffer;
  masterKeyId: string;
}

/** Every live key of the store, still wrapped (for the golden histories' keyring file). */
export async function exportWrappedKeys(dataSource: DataSource): Promise<WrappedDataKey[]> {
  const rows: DataKeyRow[] = await dataSource.query('SELECT * FROM data_keys WHERE wrapped_key IS NOT NULL ORDER BY owner');
  return rows.map((row) => ({ keyId: row.key_id, owner: row.owner, wrappedKey: row.wrapped_key!, masterKeyId: row.master_key_id }));
}

/** Adds keys to the store as they are (wrapped by the store's master key); a key already there is kept. */
export async function importWrappedKeys(dataSource: DataSource, keys: WrappedDataKey[]): Promise<void> {
  for (const key of keys) {
    await dataSource.query(
      'INSERT INTO data_keys (key_id, owner, wrapped_key, master_key_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
      [key.keyId, key.owner, key.wrappedKey, key.masterKeyId],
    );
  }
}
