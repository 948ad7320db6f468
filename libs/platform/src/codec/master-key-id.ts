import { createHmac } from 'node:crypto';

/** A short public name of a master key (stored beside each wrapped key), so a wrong key is told at start, not at first decode. */
export function masterKeyId(masterKey: Buffer): string {
  return createHmac('sha256', masterKey).update('venskab master key id').digest('hex').slice(0, 16);
}
