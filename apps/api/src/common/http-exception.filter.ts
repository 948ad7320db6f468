import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import type { ApiErrorBody, ApiErrorCode } from '@venskab/domain/shared';

/** An error Express's body parser (or another client-facing layer) raised with a 4xx status, e.g. malformed JSON. */
function clientErrorStatus(error: unknown): number | null {
  if (typeof error !== 'object' || error === null) return null;
  const status = (error as { status?: unknown; statusCode?: unknown }).status ?? (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null;
}

/**
 * The last word on every error. HTTP exceptions keep their status and body (validation 400s,
 * refusals 409 with the domain's {code, message}, 401/403/404; Nest turns malformed JSON into a 400).
 * Errors the request itself caused below Nest (e.g. a body too large) answer their 4xx with a code. Anything
 * else is a fault of ours: logged with its stack, answered 500 without internals.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return;
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const body = error.getResponse();
      response.status(status).json(typeof body === 'string' ? { code: codeOf(status), message: body } : withCode(status, body as Record<string, unknown>));
      return;
    }
    const clientStatus = clientErrorStatus(error);
    if (clientStatus !== null) {
      response.status(clientStatus).json({ code: codeOf(clientStatus), message: (error as Error).message, statusCode: clientStatus });
      return;
    }
    const request = host.switchToHttp().getRequest<{ method?: string; originalUrl?: string }>();
    this.logger.error(`${request.method} ${request.originalUrl} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    response.status(HttpStatus.INTERNAL_SERVER_ERROR).json({ code: 'internal_error', message: 'Something went wrong on our side; it has been logged.', statusCode: 500 } satisfies ApiErrorBody & { statusCode: number });
  }
}

const CODES: Record<number, ApiErrorCode> = { 400: 'bad_request', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 409: 'conflict', 413: 'payload_too_large', 415: 'unsupported_media_type' };

function codeOf(status: number): ApiErrorCode {
  return CODES[status] ?? (status >= 500 ? 'internal_error' : 'bad_request');
}

/** Nest's own exceptions (validation, unknown route) carry no code; every answer gets one. */
function withCode(status: number, body: Record<string, unknown>): Record<string, unknown> {
  if (typeof body.code === 'string') return body;
  return { code: status === 400 && Array.isArray(body.message) ? 'validation_failed' : codeOf(status), ...body };
}
