import * as path from 'node:path';

/**
 * The master key that wraps the data keys the golden histories were recorded with. Public on
 * purpose: the histories hold only invented people, and the tests must decode them anywhere.
 */
export const GOLDEN_MASTER_KEY = Buffer.from('4c0ffee1d5e7a2b9c8f6e4d2b0a9c7e5f3d1b9a7c5e3f1d9b7a5c3e1f9d7b5a3', 'hex');

const REPO_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../..' : '../..');

/** The golden histories' data keys, wrapped by GOLDEN_MASTER_KEY (beside the histories, not matched by their *.json listing). */
export const GOLDEN_KEYRING_FILE = path.join(REPO_ROOT, 'test', 'golden-histories', 'keyring', 'golden-keys.json');
