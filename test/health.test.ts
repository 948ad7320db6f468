import { createApp } from '../apps/api/src/create-app';
import { loadConfig } from '@venskab/platform/config/config';
import { createLogger } from '@venskab/platform/logging/logger';
import { freePort } from '@venskab/platform/process/ports';
import { http, TEST_JWT_SECRET } from './support/http';
import { startTestStackWithApi } from './support/test-stack';

describe('GET /health', () => {
  it('answers 200 when Temporal and PostgreSQL both answer', async () => {
    const stack = await startTestStackWithApi();
    try {
      const answer = await http(stack.baseUrl, 'GET', '/health');
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ status: 'ok', components: { temporal: { status: 'up' }, postgres: { status: 'up' } } });
    } finally {
      await stack.stop();
    }
  });

  it('answers 503 naming each component that does not answer', async () => {
    const [postgresPort, temporalPort] = [await freePort(), await freePort()];
    const config = loadConfig({
      DATABASE_URL: `postgres://nobody:nothing@127.0.0.1:${postgresPort}/none`,
      TEMPORAL_ADDRESS: `127.0.0.1:${temporalPort}`,
      LOG_LEVEL: 'fatal',
      JWT_SECRET: TEST_JWT_SECRET,
    });
    const app = await createApp(config, createLogger('api-test', config));
    await app.listen(0, '127.0.0.1');
    try {
      const answer = await http((await app.getUrl()).replace('[::1]', '127.0.0.1'), 'GET', '/health');
      expect(answer.status).toBe(503);
      expect(answer.body.status).toBe('unavailable');
      expect(answer.body.components.temporal.status).toBe('down');
      expect(answer.body.components.postgres.status).toBe('down');
    } finally {
      await app.close();
    }
  });
});
