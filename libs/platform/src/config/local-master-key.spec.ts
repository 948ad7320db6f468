import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigError, loadConfig } from './config';
import { localMasterKeyFile, masterKeyOf } from './local-master-key';

describe('the master key', () => {
  it('is VENSKAB_MASTER_KEY when set, as 64 hex digits or base64 of 32 bytes', () => {
    const hex = 'ab'.repeat(32);
    expect(loadConfig({ VENSKAB_MASTER_KEY: hex }).masterKey?.toString('hex')).toBe(hex);
    expect(loadConfig({ VENSKAB_MASTER_KEY: Buffer.from(hex, 'hex').toString('base64') }).masterKey?.toString('hex')).toBe(hex);
  });

  it('stops the start with one line naming the setting when it is not 32 bytes', () => {
    expect(() => loadConfig({ VENSKAB_MASTER_KEY: 'abcd' })).toThrow(ConfigError);
    expect(() => loadConfig({ VENSKAB_MASTER_KEY: 'abcd' })).toThrow(/^Invalid configuration: VENSKAB_MASTER_KEY must be 32 bytes/);
  });

  it('is made once in the data folder when unset, readable only by its owner, and the same on every start', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'venskab-master-key-'));
    try {
      const first = masterKeyOf({ masterKey: undefined, dataDir });
      expect(first).toHaveLength(32);
      expect(fs.statSync(localMasterKeyFile(dataDir)).mode & 0o777).toBe(0o600);
      expect(masterKeyOf({ masterKey: undefined, dataDir }).equals(first)).toBe(true);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
