import { INestApplication } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createWorker } from '../../apps/worker/src/create-worker';
import { startNotificationMail } from '../../apps/worker/src/notification-mail/start-notification-mail';
import { createApp } from '../../apps/api/src/create-app';
import { dataProtection, DataProtection } from '@venskab/platform/codec/data-protection';
import { loadConfig, VenskabConfig } from '@venskab/platform/config/config';
import { createLogger } from '@venskab/platform/logging/logger';
import { createReadModelDataSource } from '@venskab/read-model/data-source';
import { TEST_JWT_SECRET } from './http';
import { TEST_MASTER_KEY } from './test-master-key';
import { testEnv } from './test-env-keys';

export interface TestStack {
  config: VenskabConfig;
  client: Client;
  dataSource: DataSource;
  /** The codec the client and the worker encrypt with (under TEST_MASTER_KEY unless `env` says otherwise). */
  protection: DataProtection;
  /** Stops the worker (as a crash or a deploy would) and starts a new one on the same task queue. */
  restartWorker(): Promise<void>;
  stop(): Promise<void>;
}

export interface TestStackWithApi extends TestStack {
  baseUrl: string;
}

/** The SDK logs every worker state change at INFO; tests only want warnings. Installed once per process. */
function quietTemporalRuntime(): void {
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch {
    // already installed by an earlier test file in this process
  }
}

/**
 * A worker on its own task queue (so test files never steal each other's tasks) against the run's
 * real Temporal dev server and PostgreSQL, plus a Temporal client and the read model's connection.
 * `temporalAddress` points it at another Temporal server (e.g. one a test started with its own settings).
 */
export async function startTestStack(options: { temporalAddress?: string; env?: Record<string, string> } = {}): Promise<TestStack> {
  quietTemporalRuntime();
  const config = loadConfig({
    DATABASE_URL: testEnv('databaseUrl'),
    TEMPORAL_ADDRESS: options.temporalAddress ?? testEnv('temporalAddress'),
    TEMPORAL_TASK_QUEUE: `test-${randomUUID()}`,
    LOG_LEVEL: 'warn',
    JWT_SECRET: TEST_JWT_SECRET,
    VENSKAB_MASTER_KEY: TEST_MASTER_KEY,
    ...options.env,
  });
  const dataSource = createReadModelDataSource(testEnv('databaseUrl'));
  await dataSource.initialize();
  const protection = dataProtection(config, dataSource);
  const workerConnection = await NativeConnection.connect({ address: config.temporalAddress });
  const clientConnection = await Connection.connect({ address: config.temporalAddress });
  const client = new Client({ connection: clientConnection, namespace: config.temporalNamespace, dataConverter: protection.dataConverter });

  const launch = async (): Promise<{ worker: Worker; running: Promise<void> }> => {
    const worker = await createWorker({
      connection: workerConnection,
      dataSource,
      client,
      namespace: config.temporalNamespace,
      taskQueue: config.taskQueue,
      dataConverter: protection.dataConverter,
      workflowBundle: { codePath: testEnv('workflowBundle') },
    });
    return { worker, running: worker.run() };
  };
  let current = await launch();
  // As the worker's main does: with SMTP_URL set, notifications are e-mailed (checked often, for quick tests).
  const notificationMail = startNotificationMail(config, dataSource, createLogger('worker-test', config), 200);

  return {
    config,
    client,
    dataSource,
    protection,
    async restartWorker() {
      current.worker.shutdown();
      await current.running;
      current = await launch();
    },
    async stop() {
      current.worker.shutdown();
      await current.running;
      await notificationMail?.stop();
      await clientConnection.close();
      await workerConnection.close();
      await dataSource.destroy();
    },
  };
}

/** The test stack plus the real HTTP API listening on a free port; `env` adds settings (e.g. SMTP_URL). */
export async function startTestStackWithApi(env: Record<string, string> = {}): Promise<TestStackWithApi> {
  const stack = await startTestStack({ env });
  const app: INestApplication = await createApp(stack.config, createLogger('api-test', stack.config));
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    ...stack,
    baseUrl,
    async stop() {
      await app.close();
      await stack.stop();
    },
  };
}
