import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import type { DataSource } from 'typeorm';
import type { VenskabConfig } from '../config/config';
import { localMasterKeyFile, masterKeyOf } from '../config/local-master-key';
import { DataKeyStore } from './data-key-store';
import { masterKeyId } from './master-key-id';

export interface MasterKeyRotation {
  rewrapped: number;
  unchanged: number;
  newMasterKeyId: string;
  /** What the operator does next (nothing is left to do when the key file was replaced). */
  nextStep: string;
}

/**
 * Wraps every data key by a new master key; the histories are not touched, their payloads name
 * data keys, which stay the same. With VENSKAB_MASTER_KEY set, the new key is `newMasterKey`
 * (VENSKAB_NEW_MASTER_KEY) and the operator swaps the setting afterwards; with the key file, a new
 * key is made, written beside the file first (so it is never lost), and then replaces it.
 * Stop the worker and the API first: they hold the old master key for keys they make.
 */
export async function rotateMasterKey(
  config: Pick<VenskabConfig, 'masterKey' | 'dataDir'>,
  dataSource: DataSource,
  newMasterKey: Buffer | undefined,
): Promise<MasterKeyRotation> {
  const store = new DataKeyStore(dataSource, masterKeyOf(config));
  if (config.masterKey) {
    if (!newMasterKey) throw new Error('VENSKAB_MASTER_KEY is set: give the new key as VENSKAB_NEW_MASTER_KEY (64 hex digits).');
    const result = await store.rewrapAll(newMasterKey);
    return { ...result, newMasterKeyId: masterKeyId(newMasterKey), nextStep: 'Set VENSKAB_MASTER_KEY to the new key, then start the worker and the API.' };
  }
  const file = localMasterKeyFile(config.dataDir);
  const pending = `${file}.new`;
  const key = newMasterKey ?? (fs.existsSync(pending) ? Buffer.from(fs.readFileSync(pending, 'utf8').trim(), 'hex') : randomBytes(32));
  fs.writeFileSync(pending, key.toString('hex'), { mode: 0o600 });
  const result = await store.rewrapAll(key);
  fs.renameSync(pending, file);
  return { ...result, newMasterKeyId: masterKeyId(key), nextStep: `${file} holds the new key; start the worker and the API.` };
}
