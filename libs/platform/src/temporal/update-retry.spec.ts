import { ServiceError } from '@temporalio/client';
import { executeUpdateRetryingNotAccepted, isUpdateNotAccepted } from './update-retry';

/** A gRPC error as the client library wraps it: a status code, details and metadata. */
function grpcError(code: number, details: string): ServiceError {
  const cause = Object.assign(new Error(`${code} ${details}`), { code, details, metadata: {} });
  return new ServiceError('Workflow Update failed', { cause });
}

const notAccepted = () => grpcError(9, 'Unable to perform workflow execution update due to unexpected workflow task failure.');

describe('sending an update again when the server did not accept it', () => {
  it('recognises only FAILED_PRECONDITION from the server as "not accepted"', () => {
    expect(isUpdateNotAccepted(notAccepted())).toBe(true);
    expect(isUpdateNotAccepted(grpcError(14, 'unavailable'))).toBe(false);
    expect(isUpdateNotAccepted(new Error('FAILED_PRECONDITION'))).toBe(false);
    expect(isUpdateNotAccepted(new ServiceError('no cause'))).toBe(false);
  });

  it('sends again under the same update id until the update is taken', async () => {
    const ids: string[] = [];
    const answer = await executeUpdateRetryingNotAccepted(async (updateId) => {
      ids.push(updateId);
      if (ids.length < 3) throw notAccepted();
      return 'accepted';
    }, 'update-1');
    expect(answer).toBe('accepted');
    expect(ids).toEqual(['update-1', 'update-1', 'update-1']);
  });

  it('gives one id to all attempts when the caller has none', async () => {
    const ids: string[] = [];
    await executeUpdateRetryingNotAccepted(async (updateId) => {
      ids.push(updateId);
      if (ids.length < 2) throw notAccepted();
    });
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('passes any other error on at once', async () => {
    const refusal = new Error('refused by the domain');
    let calls = 0;
    await expect(
      executeUpdateRetryingNotAccepted(async () => {
        calls += 1;
        throw refusal;
      }),
    ).rejects.toBe(refusal);
    expect(calls).toBe(1);
  });

  it('stops after five attempts and passes the last error on', async () => {
    let calls = 0;
    await expect(
      executeUpdateRetryingNotAccepted(async () => {
        calls += 1;
        throw notAccepted();
      }),
    ).rejects.toThrow('Workflow Update failed');
    expect(calls).toBe(5);
  });
});
