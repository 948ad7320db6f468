import { INestApplication } from '@nestjs/common';
import { exportJWK, generateKeyPair, KeyLike, SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import * as http from 'node:http';
import { Pool } from 'pg';
import { createApp } from '../apps/api/src/create-app';
import { loadConfig } from '@venskab/platform/config/config';
import { createLogger } from '@venskab/platform/logging/logger';
import { hashPassword } from '../apps/api/src/identity/password-hash';
import { http as request, TEST_JWT_SECRET, tokenFor } from './support/http';
import { testEnv } from './support/test-env-keys';

/**
 * Production signs staff in at the organisation's OpenID Connect provider. A stand-in issuer on
 * loopback publishes its discovery document and keys; the API accepts its tokens, and its own only
 * for volunteer families and parents (who have no account at the issuer).
 */
describe('tokens from an OpenID Connect issuer', () => {
  let issuer: http.Server;
  let issuerUrl: string;
  let app: INestApplication;
  let baseUrl: string;
  let signingKey: KeyLike;

  const token = (claims: Record<string, unknown>, key = signingKey, iss = issuerUrl) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'issuer-key' }).setSubject('anne@org').setIssuer(iss)
      .setAudience('venskab-api').setIssuedAt().setExpirationTime('10m').sign(key);

  beforeAll(async () => {
    const keys = await generateKeyPair('RS256');
    signingKey = keys.privateKey;
    const jwks = { keys: [{ ...(await exportJWK(keys.publicKey)), kid: 'issuer-key', alg: 'RS256', use: 'sig' }] };
    issuer = http.createServer((req, res) => {
      const body = req.url === '/.well-known/openid-configuration' ? { issuer: issuerUrl, jwks_uri: `${issuerUrl}/jwks` } : req.url === '/jwks' ? jwks : null;
      res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' }).end(JSON.stringify(body ?? {}));
    });
    await new Promise<void>((resolve) => issuer.listen(0, '127.0.0.1', resolve));
    issuerUrl = `http://127.0.0.1:${(issuer.address() as { port: number }).port}`;

    const config = loadConfig({
      DATABASE_URL: testEnv('databaseUrl'),
      TEMPORAL_ADDRESS: testEnv('temporalAddress'),
      AUTH_ISSUER_URL: issuerUrl,
      JWT_SECRET: TEST_JWT_SECRET,
      LOG_LEVEL: 'warn',
    });
    app = await createApp(config, createLogger('api-oidc-test', config));
    await app.listen(0, '127.0.0.1');
    baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });
  afterAll(async () => {
    await app.close();
    issuer.close();
  });

  it("accepts the issuer's tokens and takes the role from the venskab_role claim", async () => {
    const answer = await request(baseUrl, 'GET', '/journeys', { token: await token({ venskab_role: 'coordinator' }) });
    expect(answer.status).toBe(200);
    const forbidden = await request(baseUrl, 'GET', '/waiting-lists/children', { token: await token({ venskab_role: 'caseworker' }) });
    expect(forbidden.status).toBe(403);
  });

  it('refuses tokens signed by another key, for another issuer, or without a role', async () => {
    const stranger = (await generateKeyPair('RS256')).privateKey;
    expect((await request(baseUrl, 'GET', '/journeys', { token: await token({ venskab_role: 'coordinator' }, stranger) })).status).toBe(401);
    expect((await request(baseUrl, 'GET', '/journeys', { token: await token({ venskab_role: 'coordinator' }, signingKey, 'https://elsewhere.example') })).status).toBe(401);
    expect((await request(baseUrl, 'GET', '/journeys', { token: await token({}) })).status).toBe(401);
    // The API's own tokens of staff are not accepted once an issuer is configured; a family's are.
    expect((await request(baseUrl, 'GET', '/journeys', { actor: { userId: `coordinator-${randomUUID()}`, role: 'coordinator' } })).status).toBe(401);
    const family = { userId: `family-adult-${randomUUID()}`, role: 'volunteer_family' as const, familyId: randomUUID() };
    expect((await request(baseUrl, 'GET', '/journeys', { actor: family })).status).toBe(200);
  });

  it('signs in families and parents with a password, and sends staff to the issuer', async () => {
    const database = new Pool({ connectionString: testEnv('databaseUrl') });
    const password = 'a-long-enough-password';
    const staff = `staff-${randomUUID()}`;
    const parent = `parent-${randomUUID()}`;
    try {
      await tokenFor({ userId: staff, role: 'coordinator' });
      await tokenFor({ userId: parent, role: 'parent' });
      for (const personId of [staff, parent]) {
        await database.query('UPDATE people SET username = $1, password_hash = $2 WHERE person_id = $1', [personId, await hashPassword(password)]);
      }
    } finally {
      await database.end();
    }
    const refused = await request(baseUrl, 'POST', '/auth/token', { body: { username: staff, password } });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('staff_sign_in_at_issuer');
    const signedIn = await request(baseUrl, 'POST', '/auth/token', { body: { username: parent, password } });
    expect(signedIn.status).toBe(200);
    expect((await request(baseUrl, 'GET', '/auth/me', { token: signedIn.body.accessToken })).body).toMatchObject({ userId: parent, role: 'parent' });
  });
});
