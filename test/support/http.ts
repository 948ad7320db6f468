import { SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import type { Identity } from '../../apps/api/src/identity/identity';
import { LOCAL_ISSUER } from '../../apps/api/src/identity/token-service';
import { testEnv } from './test-env-keys';

export interface HttpAnswer<T = any> {
  status: number;
  body: T;
}

/** The key the test stacks' APIs verify tokens with (see test-stack.ts). */
export const TEST_JWT_SECRET = 'venskab-integration-tests-signing-key-0123456789';

// Idle connections let the test process exit without anyone calling end().
let pool: Pool | null = null;
function database(): Pool {
  if (!pool) {
    pool = new Pool({ connectionString: testEnv('databaseUrl'), max: 2, idleTimeoutMillis: 1000, allowExitOnIdle: true });
    // The run's database is dropped at the end while an idle connection may still be open: not a test failure.
    pool.on('error', () => undefined);
  }
  return pool;
}

/** One session per identity per test process. */
const sessions = new Map<string, Promise<string>>();

/**
 * A token as the API itself would issue it for this identity: the person is written (or updated)
 * with the identity's role, family and journeys, and a session opened for them, as a sign-in would.
 */
export function tokenFor(identity: Identity): Promise<string> {
  const key = JSON.stringify([identity.userId, identity.role, identity.familyId ?? null, identity.journeyIds ?? null]);
  let token = sessions.get(key);
  if (!token) {
    token = openSession(identity);
    sessions.set(key, token);
    token.catch(() => sessions.delete(key));
  }
  return token;
}

async function openSession(identity: Identity): Promise<string> {
  const sessionId = randomUUID();
  const expiresAt = new Date(Date.now() + 8 * 3600_000);
  await database().query(
    `INSERT INTO people (person_id, display_name, role, family_id, journey_ids, created_by)
     VALUES ($1, $2, $3, $4, $5, 'test')
     ON CONFLICT (person_id) DO UPDATE SET role = $3, family_id = $4, journey_ids = $5, active = true`,
    [identity.userId, identity.displayName ?? identity.userId, identity.role, identity.familyId ?? null, identity.journeyIds ?? []],
  );
  await database().query('INSERT INTO sessions (session_id, person_id, expires_at) VALUES ($1, $2, $3)', [sessionId, identity.userId, expiresAt]);
  return new SignJWT({ sid: sessionId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(identity.userId)
    .setIssuer(LOCAL_ISSUER)
    .setAudience('venskab-api')
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(new TextEncoder().encode(TEST_JWT_SECRET));
}

/** JSON over HTTP as a client of the API would send it, with the given token or signed in as `actor`. */
export async function http<T = any>(
  baseUrl: string,
  method: 'GET' | 'POST',
  path: string,
  options: { actor?: Identity; token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<HttpAnswer<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  const token = options.token ?? (options.actor ? await tokenFor(options.actor) : undefined);
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}
