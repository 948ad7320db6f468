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
