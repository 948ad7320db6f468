import { hashPassword, UNMATCHABLE_HASH, verifyPassword } from './password-hash';

describe('password hashing', () => {
  it('stores scrypt with its parameters, a salt and the hash, never the password', async () => {
    const stored = await hashPassword('korrekt hest batteri');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(stored).not.toContain('korrekt');
    expect(await hashPassword('korrekt hest batteri')).not.toBe(stored);
  });

  it('accepts the right password only', async () => {
    const stored = await hashPassword('æblegrød-med-fløde');
    expect(await verifyPassword('æblegrød-med-fløde', stored)).toBe(true);
    expect(await verifyPassword('æblegrød-med-flode', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('refuses malformed hashes and the placeholder for unknown user names', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$0$8$1$abc$def')).toBe(false);
    expect(await verifyPassword('', UNMATCHABLE_HASH)).toBe(false);
  });
});
