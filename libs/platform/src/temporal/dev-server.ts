import { ChildProcess, spawn } from 'node:child_process';
import { Connection } from '@temporalio/client';
import { loadConfig } from '../config/config';
import { stopOnExit } from '../process/stop-on-exit';
import { SEARCH_ATTRIBUTES } from '@venskab/contracts';

export interface DevServerOptions {
  executable: string;
  port: number;
  uiPort: number | null;
  namespace: string;
  /** SQLite file to persist into; null keeps everything in memory (tests). */
  dbFile: string | null;
  onOutput?: (line: string) => void;
  startupTimeoutMs?: number;
  /** Server settings, e.g. a low `limit.historyCount.suggestContinueAsNew` to exercise continue-as-new in tests. */
  dynamicConfig?: Record<string, string | number | boolean>;
}

export interface DevServerHandle {
  address: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export class DevServerError extends Error {}

function devServerArgs(options: DevServerOptions): string[] {
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(options.port), '--namespace', options.namespace];
  args.push('--log-level', 'warn');
  if (options.uiPort === null) args.push('--headless');
  else args.push('--ui-port', String(options.uiPort), '--ui-codec-endpoint', `${loadConfig().publicUrl}/codec`); // the API's codec server decodes payloads for signed-in readers
  if (options.dbFile !== null) args.push('--db-filename', options.dbFile);
  for (const [key, value] of Object.entries(options.dynamicConfig ?? {})) {
    args.push('--dynamic-config-value', `${key}=${JSON.stringify(value)}`);
  }
  for (const attribute of Object.values(SEARCH_ATTRIBUTES)) {
    args.push('--search-attribute', `${attribute.name}=${attribute.type}`);
  }
  return args;
}

/** Resolves once the frontend answers a health check, or rejects with the reason it did not come up. */
export async function waitForTemporal(address: string, timeoutMs: number, exited?: () => string | null): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    const exit = exited?.();
    if (exit) throw new DevServerError(exit);
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1000 });
      try {
        await connection.healthService.check({});
        return;
      } finally {
        await connection.close();
      }
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
  throw new DevServerError(`Temporal at ${address} did not answer within ${timeoutMs} ms: ${String(lastError)}`);
}

/** Runs `temporal server start-dev` with the project's search attributes and waits until it answers. */
export async function startDevServer(options: DevServerOptions): Promise<DevServerHandle> {
  // Detached so a Ctrl-C meant for the whole stack does not stop Temporal before the worker has drained.
  const child = spawn(options.executable, devServerArgs(options), { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  stopOnExit(child, 'SIGTERM');
  let exitReason: string | null = null;
  const output: string[] = [];
  const forward = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (line.trim() === '') continue;
      output.push(line);
      if (output.length > 20) output.shift();
      options.onOutput?.(line);
    }
  };
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
  child.on('error', (error) => (exitReason = `could not run ${options.executable}: ${error.message}`));
  child.on('exit', (code, signal) => {
    exitReason ??= `the Temporal dev server exited (${signal ?? code}) during start-up: ${output.slice(-3).join(' | ')}`;
  });
  const address = `127.0.0.1:${options.port}`;
  try {
    await waitForTemporal(address, options.startupTimeoutMs ?? 60_000, () => exitReason);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return { address, process: child, stop: () => stopChild(child) };
}

/** SIGTERM first so SQLite is closed cleanly; SIGKILL only if it does not stop in time. */
export function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
