import { currentSession, sessionEnded } from '../session';

/**
 * One error shape for every failed call: the domain's refusal (409: code and sentence), the
 * validation's field messages (400: "field must …", grouped by field), or anything else.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
    /** Field path ("age", "agreement.pickUp") → the server's messages about it. */
    readonly fieldErrors: Record<string, string[]>,
    /** Messages that name no field. */
    readonly otherMessages: string[],
  ) {
    super(message);
  }
}

function fieldOf(message: string): string | null {
  const property = /^property (\S+) should not exist/.exec(message);
  if (property) return property[1];
  const first = /^([A-Za-z_][\w.[\]]*) /.exec(message);
  return first ? first[1].replace(/\[(\d+)\]/g, '.$1') : null;
}

function toError(status: number, body: unknown): ApiError {
  const data = (typeof body === 'object' && body !== null ? body : {}) as { code?: string; message?: unknown };
  const messages = Array.isArray(data.message) ? data.message.map(String) : typeof data.message === 'string' ? [data.message] : [];
  const fieldErrors: Record<string, string[]> = {};
  const otherMessages: string[] = [];
  if (status === 400 && Array.isArray(data.message)) {
    for (const message of messages) {
      const field = fieldOf(message);
      if (field) (fieldErrors[field] ??= []).push(message);
      else otherMessages.push(message);
    }
  } else {
    otherMessages.push(...messages);
  }
  return new ApiError(status, data.code, messages.join(' ') || `HTTP ${status}`, fieldErrors, otherMessages);
}

export async function api<T>(method: 'GET' | 'POST', path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const session = currentSession();
  const response = await fetch(path, {
    method,
    headers: {
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(session ? { authorization: `Bearer ${session.accessToken}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = undefined;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = { message: text };
  }
  if (!response.ok) {
    const error = toError(response.status, parsed);
    // An expired, revoked or foreign token: back to the sign-in page rather than a page of errors.
    if (response.status === 401 && session && (!path.startsWith('/auth/') || error.code === 'session_ended')) sessionEnded();
    throw error;
  }
  return parsed as T;
}
