// Runs the whole system on one machine: PostgreSQL, the Temporal dev server, the worker and the API,
// restarting any of them that dies. Started by `npm start` (scripts/venskab.mjs) after the build.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import { ConfigError, effectiveDatabaseUrl, loadConfig, VenskabConfig } from '@venskab/platform/config/config';
import { localJwtSecret } from '@venskab/platform/config/local-jwt-secret';
import { EmbeddedPostgresError } from '@venskab/platform/postgres/embedded-postgres';
import { acquireInstanceLock } from '@venskab/platform/process/instance-lock';
import { isPortFree } from '@venskab/platform/process/ports';
import { DevServerError } from '@venskab/platform/temporal/dev-server';
import { MAX_SERVER_PORT, prepareServerDatabases, serverPorts, TEMPORAL_DATABASES } from '@venskab/platform/temporal/server-mode';
import { migrateReadModel } from '@venskab/read-model/data-source';
import { NotReadyError, waitForApiHealth, waitForWorkerPolling } from './support/readiness';
import { startLocalPostgres, startLocalTemporal, startLocalTemporalServer, startNodeApp } from './support/stack-processes';
import { SupervisedProcess, SupervisedProcessOptions } from './support/supervised-process';

const root = path.resolve(__dirname, '..', '..');
const STARTUP_TIMEOUT_MS = 120_000;
const log = (line: string) => console.log(`[stack] ${line}`);
const STOP_ORDER = ['api', 'worker', 'worker 1', 'worker 2', 'Temporal dev server', 'Temporal server', 'PostgreSQL'];
/** TEMPORAL_MODE=server runs two workers: one may die (or be deployed anew) while the other carries on. */
const SERVER_MODE_WORKERS = 2;
const started: SupervisedProcess[] = [];
let releaseLock: (() => void) | null = null;
let stopping: Promise<void> | null = null;
const isStopping = () => stopping !== null;

class StartupError extends Error {}

function temporalIsLocal(config: VenskabConfig): boolean {
  return /^(127\.0\.0\.1|localhost|\[::1\]):\d+$/.test(config.temporalAddress);
}

function temporalPort(config: VenskabConfig): number {
  return Number(config.temporalAddress.split(':').pop());
}

async function checkPorts(config: VenskabConfig): Promise<void> {
  const ports: Array<[string, number]> = [['API_PORT', config.apiPort]];
  if (temporalIsLocal(config) && config.temporalMode === 'server') {
    for (const [name, port] of Object.entries(serverPorts(temporalPort(config)))) ports.push([`TEMPORAL_ADDRESS (the server's ${name})`, port]);
  } else if (temporalIsLocal(config)) {
    ports.push(['TEMPORAL_ADDRESS', temporalPort(config)]);
    ports.push(['TEMPORAL_UI_PORT', config.temporalUiPort]);
  }
  if (!config.databaseUrl) ports.push(['EMBEDDED_POSTGRES_PORT', config.embeddedPostgresPort]);
  for (const [setting, port] of ports) {
    if (port > MAX_SERVER_PORT && setting.startsWith('TEMPORAL_ADDRESS (')) {
      throw new StartupError(`TEMPORAL_MODE=server needs ports up to ${MAX_SERVER_PORT} only; ${setting} would be ${port}: choose a lower TEMPORAL_ADDRESS port.`);
    }
    if (!(await isPortFree(port))) {
      throw new StartupError(`port ${port} (${setting}) is already in use: stop what uses it, or set ${setting} to another port.`);
    }
  }
}

/** A process under supervision, stopped with the stack; if it keeps crashing, the whole stack stops with an error. */
function supervise(options: Omit<SupervisedProcessOptions, 'log' | 'onGiveUp'>): SupervisedProcess {
  const supervised = new SupervisedProcess({
    ...options,
    log,
    onGiveUp: (reason) => {
      console.error(`[stack] ERROR: ${reason}`);
      void shutdown(1);
    },
  });
  started.push(supervised);
  return supervised;
}

/** PostgreSQL with the read model's schema up to date; its URL. */
async function startPostgres(config: VenskabConfig): Promise<string> {
  const databaseUrl = await startPostgresServer(config);
  const applied = await migrateReadModel(databaseUrl);
  log(applied.length > 0 ? `applied migrations: ${applied.join(', ')}` : 'database schema is up to date');
  return databaseUrl;
}

async function startPostgresServer(config: VenskabConfig): Promise<string> {
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
  const dataDir = path.join(config.dataDir, 'postgres');
  log(`starting embedded PostgreSQL on 127.0.0.1:${config.embeddedPostgresPort} (data in ${dataDir})`);
  await supervise({ name: 'PostgreSQL', start: () => startLocalPostgres(dataDir, config.embeddedPostgresPort) }).start();
  return effectiveDatabaseUrl(config);
}

async function startTemporal(config: VenskabConfig): Promise<void> {
  if (!temporalIsLocal(config)) {
    log(`using the Temporal server at ${config.temporalAddress}`);
    return;
  }
  log(`starting the Temporal dev server on ${config.temporalAddress} (web UI http://127.0.0.1:${config.temporalUiPort})`);
  const options = {
    executable: process.env.TEMPORAL_CLI_PATH || 'temporal',
    port: temporalPort(config),
    uiPort: config.temporalUiPort,
    namespace: config.temporalNamespace,
    dbFile: path.join(config.dataDir, 'temporal.sqlite'),
    // Its warnings while it shuts down (pollers losing their connection) are noise, not news.
    onOutput: (line: string) => isStopping() || console.log(`[temporal] ${line}`),
  };
  await supervise({ name: 'Temporal dev server', start: () => startLocalTemporal(options) }).start();
}

/** The build (scripts/venskab.mjs) bundles the workflow code, so each worker starts without bundling it. */
function workflowBundle(config: VenskabConfig): NodeJS.ProcessEnv {
  const built = path.join(root, 'dist', 'workflow-bundle.js');
  return !config.workflowBundlePath && fs.existsSync(built) ? { WORKFLOW_BUNDLE_PATH: built } : {};
}

/** The Temporal server on PostgreSQL (TEMPORAL_MODE=server); the start command built it into .tools once. */
async function startTemporalServerMode(config: VenskabConfig, databaseUrl: string): Promise<void> {
  if (!temporalIsLocal(config)) {
    log(`using the Temporal server at ${config.temporalAddress}`);
    return;
  }
  const tools = path.join(root, '.tools');
  const options = {
    serverExecutable: process.env.TEMPORAL_SERVER_PATH || path.join(tools, 'bin', 'temporal-server'),
    sqlToolExecutable: process.env.TEMPORAL_SQL_TOOL_PATH || path.join(tools, 'bin', 'temporal-sql-tool'),
    schemaDir: process.env.TEMPORAL_SCHEMA_DIR || path.join(tools, 'temporal-schema', 'postgresql', 'v12'),
    configTemplate: path.join(root, 'libs', 'platform', 'src', 'temporal', 'server-mode-config.yaml'),
    dataDir: path.join(config.dataDir, 'temporal-server'),
    databaseUrl,
    frontendPort: temporalPort(config),
    namespace: config.temporalNamespace,
    onOutput: (line: string) => isStopping() || console.log(`[temporal] ${line}`),
  };
  log(`preparing Temporal's databases ${Object.values(TEMPORAL_DATABASES).join(' and ')} in PostgreSQL`);
  await prepareServerDatabases(options);
  log(`starting the Temporal server on ${config.temporalAddress} (persistence and visibility in PostgreSQL; no web UI in this mode)`);
  await supervise({ name: 'Temporal server', start: () => startLocalTemporalServer(options) }).start();
}

async function startApps(config: VenskabConfig, databaseUrl: string): Promise<void> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    ...(config.jwtSecret || config.authIssuerUrl ? {} : { JWT_SECRET: localJwtSecret(config.dataDir) }),
    LOG_FORMAT: process.env.LOG_FORMAT ?? (process.stdout.isTTY ? 'pretty' : 'json'),
    ...workflowBundle(config),
  };
  const app = (name: string, colourIndex: number, script: string) => () =>
    startNodeApp({ name, colourIndex, scriptPath: path.join(root, 'dist', script), cwd: root, env });
  const workerNames = config.temporalMode === 'server' ? Array.from({ length: SERVER_MODE_WORKERS }, (_, i) => `worker ${i + 1}`) : ['worker'];
  const workers = workerNames.map((name) => {
    const workerPolls = (): Promise<void> => waitForWorkerPolling(
      { temporalAddress: config.temporalAddress, namespace: config.temporalNamespace, taskQueue: config.taskQueue, workerPid: () => worker.current?.process.pid },
      STARTUP_TIMEOUT_MS,
      isStopping,
    );
    const worker: SupervisedProcess = supervise({ name, start: app(name, 0, 'apps/worker/src/main.js'), waitUntilReady: workerPolls });
    return { worker, workerPolls };
  });
  const apiHealthy = () => waitForApiHealth(config.apiPort, STARTUP_TIMEOUT_MS, isStopping);
  const api = supervise({ name: 'api', start: app('api', 1, 'apps/api/src/main.js'), waitUntilReady: apiHealthy });
  for (const { worker } of workers) await worker.start();
  await api.start();
  // Ready means the API answers healthy and Temporal has seen every worker poll (also if one crashed meanwhile).
  await Promise.all([apiHealthy(), ...workers.map(({ workerPolls }) => workerPolls())]);
}

/** Stops everything that writes before what it writes to; a second Ctrl-C or SIGTERM while stopping changes nothing. */
function shutdown(exitCode: number): Promise<void> {
  stopping ??= (async () => {
    // Whatever dies while the others stop (e.g. the worker losing Temporal) stays down.
    for (const supervised of started) supervised.stopRestarting();
    const inStopOrder = [...started].sort((a, b) => STOP_ORDER.indexOf(a.name) - STOP_ORDER.indexOf(b.name));
    for (const supervised of inStopOrder) {
      log(`stopping ${supervised.name}...`);
      try {
        await supervised.stop();
      } catch (error) {
        log(`stopping ${supervised.name} failed: ${(error as Error).message}`);
      }
    }
    releaseLock?.();
    log('stopped.');
    process.exit(exitCode);
  })();
  return stopping;
}

function temporalWebUi(config: VenskabConfig): string {
  if (!temporalIsLocal(config)) return 'not local';
  return config.temporalMode === 'server' ? 'none in server mode' : `http://127.0.0.1:${config.temporalUiPort}`;
}

async function main(): Promise<void> {
  // A closed terminal or pipe must not crash the stack before it has stopped its children.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);
  const config = loadConfig();
  const lock = acquireInstanceLock(config.dataDir);
  if ('heldBy' in lock) {
    throw new StartupError(`Venskab is already running with this data folder (pid ${lock.heldBy}); stop it first, or set VENSKAB_DATA_DIR.`);
  }
  releaseLock = () => lock.release();
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(0));

  await checkPorts(config);
  const databaseUrl =
    config.temporalMode === 'server'
      ? await startPostgres(config).then(async (url) => {
          await startTemporalServerMode(config, url);
          return url;
        })
      : // The dev server keeps its own SQLite file: it need not wait for PostgreSQL.
        (await Promise.all([startPostgres(config), startTemporal(config)]))[0];
  await startApps(config, databaseUrl);
  if (isStopping()) return;
  log(`Venskab is up. API http://127.0.0.1:${config.apiPort} (health: /health). Temporal web UI ${temporalWebUi(config)}. Ctrl-C stops everything.`);
  if (!config.authIssuerUrl) log('sign in as caseworker, coordinator, manager or auditor (password venskab-demo); after `npm run demo:data` also as family and parent.');
}

main().catch(async (error: unknown) => {
  if (isStopping()) return;
  const explained = [ConfigError, StartupError, NotReadyError, EmbeddedPostgresError, DevServerError].some((kind) => error instanceof kind);
  const message = explained ? (error as Error).message : String((error as Error)?.stack ?? error);
  console.error(`[stack] ERROR: ${message}`);
  await shutdown(1);
});
