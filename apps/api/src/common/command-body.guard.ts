import { BadRequestException, CanActivate, ExecutionContext, Injectable, RawBodyRequest, UnsupportedMediaTypeException } from '@nestjs/common';
import type { Request } from 'express';
import type { ApiErrorBody } from '@venskab/domain/shared';

/** Deeper than any command's fields go (the deepest are objects in lists in a command): more is not a command. */
export const MAX_COMMAND_BODY_DEPTH = 8;

/** Keys that name an object's machinery, not a field; class-transformer drops them silently, so they are refused here. */
const MACHINERY_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A command's body is a JSON object sent as application/json ({} for a command without fields).
 * Checked before validation, which would read a missing or empty body (which the JSON parser makes
 * {}), a form, an array or null as an empty command and accept it.
 */
@Injectable()
export class CommandBodyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<RawBodyRequest<Request>>();
    if (!request.is('application/json')) {
      throw new UnsupportedMediaTypeException({
        code: 'unsupported_media_type',
        message: 'Send the command as a JSON object with "Content-Type: application/json" ({} when the command has no fields).',
      } satisfies ApiErrorBody);
    }
    const body: unknown = request.body;
    const sent = (request.rawBody?.length ?? 0) > 0;
    if (!sent || typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new BadRequestException({ code: 'body_not_json_object', message: 'The body must be a JSON object ({} when the command has no fields).' } satisfies ApiErrorBody);
    }
    const problem = problemIn(body);
    if (problem) throw new BadRequestException({ code: 'body_unreadable', message: problem } satisfies ApiErrorBody);
    return true;
  }
}

/** Walks the body without recursion (so no depth can exhaust the stack) for machinery keys and excessive nesting. */
function problemIn(body: object): string | null {
  const pending: Array<{ value: unknown; depth: number }> = [{ value: body, depth: 1 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, depth } = next;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_COMMAND_BODY_DEPTH) return `The body is nested deeper than ${MAX_COMMAND_BODY_DEPTH} levels.`;
    for (const [key, child] of Object.entries(value)) {
      if (MACHINERY_KEYS.has(key)) return `The body may not contain the key "${key}".`;
      pending.push({ value: child, depth: depth + 1 });
    }
  }
  return null;
}
