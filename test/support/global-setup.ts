import './library-aliases';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { dropDatabase, ensureDatabase, startEmbeddedPostgres } from '@venskab/platform/postgres/embedded-postgres';
import { freePort } from '@venskab/platform/process/ports';
import { startDevServer } from '@venskab/platform/temporal/dev-server';
import { bundleWorkflows } from '@venskab/platform/temporal/workflow-bundle';
import { migrateReadModel } from '@venskab/read-model/data-source';
import { TEST_ENV_KEYS } from './test-env-keys';

/**
 * Once per integration run: an isolated PostgreSQL database (a fresh embedded cluster, or a new
 * database on DATABASE_URL's server), a Temporal dev server of the project's own CLI, and the
 * workflow bundle. Handles are kept on globalThis for the teardown.
 */
export default async function globalSetup(): Promise<void> {
  const runId = `venskab_test_${Date.now()}_${process.pid}`;
  const teardown: Array<() => Promise<void>> = [];
  (globalThis as Record<string, unknown>).__venskabTeardown = teardown;

  let databaseUrl: string;
  if (process.env.DATABASE_URL) {
    const admin = new URL(process.env.DATABASE_URL);
    admin.pathname = '/postgres';
    await ensureDatabase(admin.toString(), runId);
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${runId}`;
    databaseUrl = url.toString();
    teardown.push(() => dropDatabase(admin.toString(), runId));
  } else {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'venskab-pg-'));
    const postgres = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'cluster'), port: await freePort(), database: runId });
    databaseUrl = postgres.url;
    teardown.push(async () => {
      await postgres.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });
  }
  await migrateReadModel(databaseUrl);

  const executable = process.env.TEMPORAL_CLI_PATH;
  if (!executable) throw new Error('TEMPORAL_CLI_PATH is not set: run the tests with `npm test`, which builds the Temporal CLI.');
  const temporal = await startDevServer({ executable, port: await freePort(), uiPort: null, namespace: 'default', dbFile: null });
  teardown.unshift(temporal.stop);

  const bundleFile = path.join(os.tmpdir(), `${runId}-workflows.js`);
  const bundle = await bundleWorkflows(path.resolve(__dirname, '../../libs/workflows/src/index.ts'));
  fs.writeFileSync(bundleFile, bundle.code);
  teardown.push(async () => fs.rmSync(bundleFile, { force: true }));

  process.env[TEST_ENV_KEYS.databaseUrl] = databaseUrl;
  process.env[TEST_ENV_KEYS.temporalAddress] = temporal.address;
  process.env[TEST_ENV_KEYS.workflowBundle] = bundleFile;
  process.env[TEST_ENV_KEYS.temporalCli] = executable;
}
