import { INestApplication } from '@nestjs/common';
import { exportJWK, generateKeyPair, KeyLike, SignJWT } from 'jose';
import * as http from 'node:http';
import { createApp } from '../apps/api/src/create-app';
import { loadConfig } from '@venskab/platform/config/config';
import { createLogger } from '@venskab/platform/logging/logger';
import { http as request } from './support/http';
import { testEnv } from './support/test-env-keys';

/**
 * Production signs people in at the organisation's OpenID Connect provider. A stand-in issuer on
 * loopback publishes its discovery document and keys; the API must accept its tokens only.
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
    // The API's own (demo) tokens are not accepted once an issuer is configured.
    expect((await request(baseUrl, 'GET', '/journeys', { actor: { userId: 'coordinator', role: 'coordinator' } })).status).toBe(401);
  });

  it('turns the demo accounts off', async () => {
    const answer = await request(baseUrl, 'POST', '/auth/token', { body: { username: 'coordinator', password: 'venskab-demo' } });
    expect(answer.status).toBe(404);
  });
});
