import { SignJWT } from 'jose';
import type { Identity } from '../../apps/api/src/identity/identity';
import { FAMILY_CLAIM, ROLE_CLAIM } from '../../apps/api/src/identity/identity';

export interface HttpAnswer<T = any> {
  status: number;
  body: T;
}

/** The key the test stacks' APIs verify tokens with (see test-stack.ts). */
export const TEST_JWT_SECRET = 'venskab-integration-tests-signing-key-0123456789';

/** A token as the API itself would issue it for this identity. */
export function tokenFor(identity: Identity): Promise<string> {
  return new SignJWT({ [ROLE_CLAIM]: identity.role, ...(identity.familyId ? { [FAMILY_CLAIM]: identity.familyId } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(identity.userId)
    .setIssuer('venskab')
    .setAudience('venskab-api')
    .setIssuedAt()
    .setExpirationTime('1h')
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
