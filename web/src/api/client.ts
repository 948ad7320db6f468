import type { FieldProblemBody } from '../domain';
import { currentSession, sessionEnded } from '../session';

/**
 * One error shape for every failed call: the domain's refusal (409: code and sentence), the
 * validation's field problems (400: codes with parameters, grouped by field, for the UI to word),
 * or anything else.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
    /** Field path ("age", "agreement.pickUp") → the rules the server found broken in it. */
    readonly fieldProblems: Record<string, FieldProblemBody[]>,
    /** Messages that name no field. */
    readonly otherMessages: string[],
  ) {
    super(message);
  }
}

function toError(status: number, body: unknown): ApiError {
  const data = (typeof body === 'object' && body !== null ? body : {}) as { code?: string; message?: unknown; problems?: unknown };
  const messages = Array.isArray(data.message) ? data.message.map(String) : typeof data.message === 'string' ? [data.message] : [];
  const fieldProblems: Record<string, FieldProblemBody[]> = {};
  // A validation answer's English sentences are for API users; its problems say the same as codes.
  const problems = status === 400 && Array.isArray(data.problems) ? (data.problems as FieldProblemBody[]) : null;
  for (const problem of problems ?? []) (fieldProblems[problem.field] ??= []).push(problem);
  return new ApiError(status, data.code, messages.join(' ') || `HTTP ${status}`, fieldProblems, problems ? [] : messages);
}

/** A fresh key for one submission; crypto.randomUUID needs a secure context, getRandomValues does not. */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The key of the submission being sent now (see withIdempotencyKey); read synchronously when a call starts. */
let submissionKey: string | null = null;

/**
 * Sends with the given Idempotency-Key on the POST that `send` starts, so pressing send again after a
 * network error or a new sign-in repeats the same submission, which the server applies once.
 */
export function withIdempotencyKey<T>(key: string, send: () => Promise<T>): Promise<T> {
  submissionKey = key;
  try {
    return send();
  } finally {
    submissionKey = null;
  }
}

export async function api<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const session = currentSession();
  // Every command carries a key; one not sent through withIdempotencyKey gets its own.
  const idempotency: Record<string, string> = method === 'POST' ? { 'idempotency-key': submissionKey ?? newIdempotencyKey() } : {};
  const response = await fetch(path, {
    method,
    headers: {
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(session ? { authorization: `Bearer ${session.accessToken}` } : {}),
      ...idempotency,
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
    // An expired, revoked or foreign token: sign in again over the page, which keeps what was typed.
    if (response.status === 401 && session && (!path.startsWith('/auth/') || error.code === 'session_ended')) sessionEnded();
    throw error;
  }
  return parsed as T;
}
