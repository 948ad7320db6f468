import { randomBytes } from 'node:crypto';
import { open, seal } from './aes-gcm';

describe('seal/open', () => {
  const key = randomBytes(32);

  it('round-trips and never gives the same ciphertext twice', () => {
    const first = seal(key, Buffer.from('Bor hos mormor'), 'k1');
    expect(open(key, first, 'k1').toString()).toBe('Bor hos mormor');
    expect(seal(key, Buffer.from('Bor hos mormor'), 'k1').equals(first)).toBe(false);
  });

  it('refuses another key and other associated data', () => {
    const sealed = seal(key, Buffer.from('x'), 'k1');
    expect(() => open(randomBytes(32), sealed, 'k1')).toThrow();
    expect(() => open(key, sealed, 'k2')).toThrow();
  });
});
