import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { VenskabConfig } from './config';

const MASTER_KEY_FILE = 'master-key';

/** Where the key file of the embedded default lives (the rotation command replaces it). */
export function localMasterKeyFile(dataDir: string): string {
  return path.join(dataDir, MASTER_KEY_FILE);
}

/**
 * The master key of the embedded default, made once and kept in the data folder (as the JWT
 * secret is), so no key is ever committed. Worker and API may start at once: the first to write wins.
 */
export function localMasterKey(dataDir: string): Buffer {
  const file = localMasterKeyFile(dataDir);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    try {
      fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
}

/** VENSKAB_MASTER_KEY when set, else the data folder's key file. */
export function masterKeyOf(config: Pick<VenskabConfig, 'masterKey' | 'dataDir'>): Buffer {
  return config.masterKey ?? localMasterKey(config.dataDir);
}
