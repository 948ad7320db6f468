import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { DataConverter } from '@temporalio/common';
import { DataSource } from 'typeorm';
import { createWorker } from '../../apps/worker/src/create-worker';
import { dataProtection } from '@venskab/platform/codec/data-protection';
import { startEmbeddedPostgres } from '@venskab/platform/postgres/embedded-postgres';
import { freePort } from '@venskab/platform/process/ports';
import { startDevServer } from '@venskab/platform/temporal/dev-server';
import { createReadModelDataSource, migrateReadModel } from '@venskab/read-model/data-source';

/**
 * A throw-away stack for the scripts that need real servers (golden-history recorder, benchmark):
 * an embedded PostgreSQL in a temp folder on a free port, migrated; an in-memory Temporal dev
 * server on a free port; one worker on its own task queue; a client. `stop()` ends everything in
 * reverse order and removes the temp folder, also after a failed start.
 */
export interface LocalStack {
  client: Client;
  dataSource: DataSource;
  taskQueue: string;
  temporalAddress: string;
  databaseUrl: string;
  /** The encryption of the stack's client and worker, for further workers (the benchmark's). */
  dataConverter: DataConverter;
  stop(): Promise<void>;
}

export interface LocalStackOptions {
  /** Prefix of the temp folder and the task queue, e.g. 'golden' or 'bench'. */
  name: string;
  log?: (line: string) => void;
  /** The master key of the stack's data keys (32 bytes); unset: a random one (the stack is thrown away). */
  masterKey?: Buffer;
}

function temporalCliPath(): string {
  const fromEnv = process.env.TEMPORAL_CLI_PATH;
  if (fromEnv) return fromEnv;
  const local = path.resolve(__dirname, '..', '..', ...(__dirname.includes(`${path.sep}dist${path.sep}`) ? ['..'] : []), '.tools', 'bin', 'temporal');
  if (fs.existsSync(local)) return local;
  throw new Error('TEMPORAL_CLI_PATH is not set and .tools/bin/temporal does not exist: run `npm start` or `npm test` once to build the Temporal CLI.');
}

/** The SDK logs every worker state change at INFO; the scripts only want warnings. */
function quietTemporalRuntime(): void {
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch {
    // already installed
  }
}

export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const log = options.log ?? ((line: string) => console.log(line));
  const cleanup: Array<() => Promise<void>> = [];
  const stop = async () => {
    while (cleanup.length > 0) {
      const step = cleanup.pop()!;
      try {
        await step();
      } catch (error) {
        console.error(`clean-up step failed: ${String(error)}`);
      }
    }
  };

  try {
    quietTemporalRuntime();
    const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), `venskab-${options.name}-`));
    cleanup.push(async () => fs.rmSync(tempDir, { recursive: true, force: true }));

    const pgPort = await freePort();
    log(`starting embedded PostgreSQL on 127.0.0.1:${pgPort} (${tempDir})`);
    const postgres = await startEmbeddedPostgres({ dataDir: path.join(tempDir, 'cluster'), port: pgPort, database: 'venskab' });
    cleanup.push(() => postgres.stop());
    await migrateReadModel(postgres.url);

    const temporalPort = await freePort();
    log(`starting Temporal dev server on 127.0.0.1:${temporalPort} (in memory)`);
    const temporal = await startDevServer({ executable: temporalCliPath(), port: temporalPort, uiPort: null, namespace: 'default', dbFile: null });
    cleanup.push(() => temporal.stop());

    const dataSource = createReadModelDataSource(postgres.url);
    await dataSource.initialize();
    cleanup.push(() => dataSource.destroy());

    const { dataConverter } = dataProtection({ masterKey: options.masterKey ?? randomBytes(32), dataDir: tempDir }, dataSource);
    const workerConnection = await NativeConnection.connect({ address: temporal.address });
    cleanup.push(() => workerConnection.close());
    const clientConnection = await Connection.connect({ address: temporal.address });
    cleanup.push(() => clientConnection.close());
    const client = new Client({ connection: clientConnection, namespace: 'default', dataConverter });

    const taskQueue = `${options.name}-${process.pid}`;
    log('bundling the workflows and starting a worker');
    const worker: Worker = await createWorker({ connection: workerConnection, dataSource, client, namespace: 'default', taskQueue, dataConverter });
    const running = worker.run();
    // A worker that fails while running is reported by the clean-up step that awaits it.
    running.catch(() => undefined);
    cleanup.push(async () => {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running;
    });

    return { client, dataSource, taskQueue, temporalAddress: temporal.address, databaseUrl: postgres.url, dataConverter, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Runs `main` against a fresh local stack and always stops the stack afterwards, also on Ctrl-C;
 * sets the exit code from the outcome.
 */
export async function withLocalStack(options: LocalStackOptions, main: (stack: LocalStack) => Promise<void>): Promise<void> {
  let stack: LocalStack | undefined;
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) return;
    interrupted = true;
    console.error(`${signal}: stopping`);
    void (stack?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    stack = await startLocalStack(options);
    await main(stack);
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  } finally {
    if (!interrupted) await stack?.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
