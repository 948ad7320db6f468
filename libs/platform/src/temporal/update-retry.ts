import { isGrpcServiceError, ServiceError } from '@temporalio/client';
import { randomUUID } from 'node:crypto';

/** gRPC's FAILED_PRECONDITION status code. */
const FAILED_PRECONDITION = 9;
const ATTEMPTS = 5;
const FIRST_PAUSE_MS = 100;

/**
 * The server answers FAILED_PRECONDITION ("unexpected workflow task failure") when the workflow task
 * that carried an update failed before the update was accepted, for instance because the workflow
 * continued as new in that moment. Nothing of the update is in the history then.
 */
export function isUpdateNotAccepted(error: unknown): boolean {
  return error instanceof ServiceError && isGrpcServiceError(error.cause) && error.cause.code === FAILED_PRECONDITION;
}

/**
 * Sends an update, and sends it again under the same update id while the server answers that it was
 * not accepted (a few times, with growing pauses). The same id keeps a retry from being applied twice.
 * Every other outcome, a refusal included, is the caller's at once.
 */
export async function executeUpdateRetryingNotAccepted<T>(send: (updateId: string) => Promise<T>, updateId: string = randomUUID()): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send(updateId);
    } catch (error) {
      if (attempt >= ATTEMPTS || !isUpdateNotAccepted(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, FIRST_PAUSE_MS * 2 ** (attempt - 1)));
    }
  }
}
