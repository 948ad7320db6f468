// Runs the whole system on one machine: PostgreSQL, the Temporal dev server, the worker and the API.
// Started by `npm start` (scripts/venskab.mjs) after dependencies, the Temporal CLI and the build are in place.
import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { Client } from 'pg';
import { ConfigError, effectiveDatabaseUrl, loadConfig, VenskabConfig } from '@venskab/platform/config/config';
import { localJwtSecret } from '@venskab/platform/config/local-jwt-secret';
import { startEmbeddedPostgres } from '@venskab/platform/postgres/embedded-postgres';
import { acquireInstanceLock } from '@venskab/platform/process/instance-lock';
import { isPortFree } from '@venskab/platform/process/ports';
import { prefixLines } from '@venskab/platform/process/prefixed-output';
import { stopOnExit } from '@venskab/platform/process/stop-on-exit';
import { startDevServer, stopChild } from '@venskab/platform/temporal/dev-server';
import { migrateReadModel } from '@venskab/read-model/data-source';

const root = path.resolve(__dirname, '..', '..');
const log = (line: string) => console.log(`[stack] ${line}`);
const shutdownSteps: Array<{ name: string; stop: () => Promise<void> }> = [];
let shuttingDown = false;

class StartupError extends Error {}

function temporalIsLocal(config: VenskabConfig): boolean {
  return /^(127\.0\.0\.1|localhost|\[::1\]):\d+$/.test(config.temporalAddress);
}

async function checkPorts(config: VenskabConfig): Promise<void> {
  const ports: Array<[string, number]> = [['API_PORT', config.apiPort]];
  if (temporalIsLocal(config)) {
    ports.push(['TEMPORAL_ADDRESS', Number(config.temporalAddress.split(':').pop())]);
    ports.push(['TEMPORAL_UI_PORT', config.temporalUiPort]);
  }
  if (!config.databaseUrl) ports.push(['EMBEDDED_POSTGRES_PORT', config.embeddedPostgresPort]);
  for (const [setting, port] of ports) {
    if (!(await isPortFree(port))) {
      throw new StartupError(`port ${port} (${setting}) is already in use: stop what uses it, or set ${setting} to another port.`);
    }
  }
}

async function startPostgres(config: VenskabConfig): Promise<string> {
  if (config.databaseUrl) {
    const client = new Client({ connectionString: config.databaseUrl, connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
      await client.end();
    } catch (error) {
      throw new StartupError(`PostgreSQL at DATABASE_URL refused the connection (${(error as Error).message}): check that it runs and the URL is right.`);
    }
    log('using PostgreSQL from DATABASE_URL');
    return config.databaseUrl;
  }
  log(`starting embedded PostgreSQL on 127.0.0.1:${config.embeddedPostgresPort} (data in ${path.join(config.dataDir, 'postgres')})`);
  const postgres = await startEmbeddedPostgres({
    dataDir: path.join(config.dataDir, 'postgres'),
    port: config.embeddedPostgresPort,
    database: 'venskab',
  });
  shutdownSteps.unshift({ name: 'PostgreSQL', stop: () => postgres.stop() });
  return effectiveDatabaseUrl(config);
}

async function startTemporal(config: VenskabConfig): Promise<void> {
  if (!temporalIsLocal(config)) {
    log(`using the Temporal server at ${config.temporalAddress}`);
    return;
  }
  const executable = process.env.TEMPORAL_CLI_PATH || 'temporal';
  log(`starting the Temporal dev server on ${config.temporalAddress} (web UI http://127.0.0.1:${config.temporalUiPort})`);
  const server = await startDevServer({
    executable,
    port: Number(config.temporalAddress.split(':').pop()),
    uiPort: config.temporalUiPort,
    namespace: config.temporalNamespace,
    dbFile: path.join(config.dataDir, 'temporal.sqlite'),
    // Its warnings while it shuts down (pollers losing their connection) are noise, not news.
    onOutput: (line) => shuttingDown || console.log(`[temporal] ${line}`),
  });
  shutdownSteps.unshift({ name: 'Temporal dev server', stop: server.stop });
}

function startNodeProcess(name: string, index: number, script: string, env: NodeJS.ProcessEnv): ChildProcess {
  // Detached: Ctrl-C reaches only the stack, which stops the children in order.
  const child = spawn(process.execPath, [path.join(root, 'dist', script)], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  stopOnExit(child, 'SIGTERM');
  prefixLines(name, index, child.stdout, (line) => process.stdout.write(`${line}\n`));
  prefixLines(name, index, child.stderr, (line) => process.stderr.write(`${line}\n`));
  child.on('exit', (code, signal) => {
    if (!shuttingDown) {
      log(`${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); shutting everything down.`);
      void shutdown(1);
    }
  });
  shutdownSteps.unshift({ name, stop: () => stopChild(child) });
  return child;
}

async function waitForHealth(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !shuttingDown) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new StartupError(`the API did not report healthy on http://127.0.0.1:${port}/health within ${timeoutMs / 1000} s; see its log above.`);
}

/** Stops in reverse order of start: API and worker first, then Temporal, then PostgreSQL. */
async function shutdown(exitCode: number): Promise<never> {
  if (!shuttingDown) {
    shuttingDown = true;
    for (const step of shutdownSteps) {
      log(`stopping ${step.name}...`);
      try {
        await step.stop();
      } catch (error) {
        log(`stopping ${step.name} failed: ${(error as Error).message}`);
      }
    }
    log('stopped.');
  }
  process.exit(exitCode);
}

async function main(): Promise<void> {
  // A closed terminal or pipe must not crash the stack before it has stopped its children.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);
  const config = loadConfig();
  const lock = acquireInstanceLock(config.dataDir);
  if ('heldBy' in lock) {
    throw new StartupError(`Venskab is already running with this data folder (pid ${lock.heldBy}); stop it first, or set VENSKAB_DATA_DIR.`);
  }
  shutdownSteps.push({ name: 'instance lock', stop: async () => lock.release() });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(0));

  await checkPorts(config);
  const databaseUrl = await startPostgres(config);
  const applied = await migrateReadModel(databaseUrl);
  log(applied.length > 0 ? `applied migrations: ${applied.join(', ')}` : 'database schema is up to date');
  await startTemporal(config);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    ...(config.jwtSecret || config.authIssuerUrl ? {} : { JWT_SECRET: localJwtSecret(config.dataDir) }),
    LOG_FORMAT: process.env.LOG_FORMAT ?? (process.stdout.isTTY ? 'pretty' : 'json'),
  };
  startNodeProcess('worker', 0, 'apps/worker/src/main.js', env);
  startNodeProcess('api', 1, 'apps/api/src/main.js', env);
  await waitForHealth(config.apiPort, 120_000);
  log(`Venskab is up. API http://127.0.0.1:${config.apiPort} (health: /health). Temporal web UI ${temporalIsLocal(config) ? `http://127.0.0.1:${config.temporalUiPort}` : 'not local'}. Ctrl-C stops everything.`);
  if (!config.authIssuerUrl) log('sign in as caseworker, coordinator, manager or auditor (password venskab-demo); after `npm run demo:data` also as family and parent.');
}

main().catch(async (error: unknown) => {
  const message = error instanceof ConfigError || error instanceof StartupError ? error.message : String((error as Error)?.stack ?? error);
  console.error(`[stack] ERROR: ${message}`);
  await shutdown(1);
});
