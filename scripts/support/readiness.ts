import { Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';

const POLL_INTERVAL_MS = 500;

export class NotReadyError extends Error {}

const pause = () => new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));

/** Polls until `check` is true; throws `failure` after `timeoutMs`, or quietly returns once `cancelled`. */
async function waitFor(check: () => Promise<boolean>, timeoutMs: number, cancelled: () => boolean, failure: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cancelled()) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new NotReadyError(failure);
    await pause();
  }
}

export function waitForApiHealth(port: number, timeoutMs: number, cancelled: () => boolean): Promise<void> {
  const url = `http://127.0.0.1:${port}/health`;
  const healthy = async () => (await fetch(url, { signal: AbortSignal.timeout(2000) })).status === 200;
  return waitFor(healthy, timeoutMs, cancelled, `the API did not report healthy on ${url} within ${timeoutMs / 1000} s; see its log above.`);
}

export interface WorkerPollingCheck {
  temporalAddress: string;
  namespace: string;
  taskQueue: string;
  /** The pid of the worker that must poll: the SDK names its pollers `<pid>@<host>`. */
  workerPid: () => number | undefined;
}

/**
 * The worker is ready once Temporal has seen it poll for workflow tasks. Pollers of a worker that
 * died stay listed for a while, so only a poller with the current worker's pid counts.
 */
export function waitForWorkerPolling(check: WorkerPollingCheck, timeoutMs: number, cancelled: () => boolean): Promise<void> {
  const polling = async () => {
    const pid = check.workerPid();
    if (pid === undefined) return false;
    const connection = await Connection.connect({ address: check.temporalAddress, connectTimeout: 2000 });
    try {
      const { pollers } = await connection.workflowService.describeTaskQueue({
        namespace: check.namespace,
        taskQueue: { name: check.taskQueue },
        taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
      });
      return pollers.some((poller) => poller.identity?.startsWith(`${pid}@`));
    } finally {
      await connection.close();
    }
  };
  return waitFor(polling, timeoutMs, cancelled, `the worker did not poll task queue ${check.taskQueue} within ${timeoutMs / 1000} s; see its log above.`);
}
