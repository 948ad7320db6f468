import { ConfigError, loadConfig } from '@venskab/platform/config/config';
import { createLogger } from '@venskab/platform/logging/logger';
import { createApp } from './create-app';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger('api', config);
  const app = await createApp(config, logger);
  await app.listen(config.apiPort, config.apiHost);
  logger.info({ port: config.apiPort }, 'API listening');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
