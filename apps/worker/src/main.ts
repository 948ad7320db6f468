import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { HistoryArchive } from '@venskab/audit/history-archive';
import { checkedDataProtection } from '@venskab/platform/codec/data-protection';
import { ConfigError, effectiveDatabaseUrl, loadConfig } from '@venskab/platform/config/config';
import { createLogger } from '@venskab/platform/logging/logger';
import { createReadModelDataSource } from '@venskab/read-model/data-source';
import { createWorker } from './create-worker';
import { archiveIntervalMs, HistoryArchiver } from './history-archiver';
import { notificationMailIntervalMs, startNotificationMail } from './notification-mail/start-notification-mail';
import { routeTemporalLogsTo } from './temporal-runtime-logging';

async function main(): Promise<void> {
  const config = loadConfig();
  const archiveEveryMs = archiveIntervalMs();
  const mailEveryMs = notificationMailIntervalMs();
  const logger = createLogger('worker', config);
  routeTemporalLogsTo(logger);
  const dataSource = createReadModelDataSource(effectiveDatabaseUrl(config));
  await dataSource.initialize();
  const { dataConverter } = await checkedDataProtection(config, dataSource);
  const connection = await NativeConnection.connect({ address: config.temporalAddress });
  const clientConnection = await Connection.connect({ address: config.temporalAddress });
  const client = new Client({ connection: clientConnection, namespace: config.temporalNamespace, dataConverter });
  const worker = await createWorker({
    connection,
    dataSource,
    client,
    namespace: config.temporalNamespace,
    taskQueue: config.taskQueue,
    dataConverter,
    ...(config.workflowBundlePath ? { workflowBundle: { codePath: config.workflowBundlePath } } : {}),
  });
  const archiver = new HistoryArchiver({
    client,
    archive: new HistoryArchive(dataSource),
    intervalMs: archiveEveryMs,
    logger,
  });
  archiver.start();
  const notificationMail = startNotificationMail(config, dataSource, logger, mailEveryMs);
  if (!notificationMail) logger.info('SMTP_URL unset: notifications are not e-mailed, only shown in the inbox');
  // Worker.run() installs SIGINT/SIGTERM handlers that drain in-flight tasks before it resolves.
  logger.info({ taskQueue: config.taskQueue }, 'worker polling');
  await worker.run();
  await archiver.stop();
  await notificationMail?.stop();
  await clientConnection.close();
  await connection.close();
  await dataSource.destroy();
  logger.info('worker stopped');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
