import { ChildProcess, execFile, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import { temporal } from '@temporalio/proto';
import { SEARCH_ATTRIBUTES } from '@venskab/contracts';
import { ensureDatabase } from '../postgres/embedded-postgres';
import { stopOnExit } from '../process/stop-on-exit';
import { DevServerError, stopChild, waitForTemporal } from './dev-server';

/**
 * TEMPORAL_MODE=server: the production Temporal server (v1.29.2, built once into .tools/bin by the
 * start command) with its persistence and advanced visibility in PostgreSQL. The configuration is
 * the one docker-compose.yml deploys (server-mode-config.yaml); this module supplies its values.
 */

/** The Temporal server's databases, on the same PostgreSQL server as the read model. */
export const TEMPORAL_DATABASES = { temporal: 'temporal', visibility: 'temporal_visibility' } as const;

/** How long closed workflows stay in Temporal; the worker archives their histories long before. */
const NAMESPACE_RETENTION = '30 days';

export class ServerModeError extends DevServerError {}

export interface ServerModeOptions {
  /** temporal-server and temporal-sql-tool, built from go.temporal.io/server@v1.29.2. */
  serverExecutable: string;
  sqlToolExecutable: string;
  /** The module's schema/postgresql/v12 folder (copied into .tools when the server is built). */
  schemaDir: string;
  /** server-mode-config.yaml. */
  configTemplate: string;
  /** The server's own folder under the data folder: its configuration is written there. */
  dataDir: string;
  /** Any database URL of the PostgreSQL server that holds the Temporal databases (user needs CREATEDB). */
  databaseUrl: string;
  /** The frontend's gRPC port; the other services use the ports next to it (see serverPorts). */
  frontendPort: number;
  namespace: string;
  onOutput?: (line: string) => void;
  startupTimeoutMs?: number;
}

export interface ServerHandle {
  address: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** The server keeps its services' membership ports in a PostgreSQL smallint column: none may be higher. */
export const MAX_SERVER_PORT = 32_767;

/** Every port the server listens on, as the Temporal server's own defaults lie around 7233. */
export function serverPorts(frontendPort: number): Record<string, number> {
  return {
    TEMPORAL_FRONTEND_PORT: frontendPort,
    TEMPORAL_HISTORY_PORT: frontendPort + 1,
    TEMPORAL_MATCHING_PORT: frontendPort + 2,
    TEMPORAL_WORKER_PORT: frontendPort + 6,
    TEMPORAL_FRONTEND_HTTP_PORT: frontendPort + 10,
    TEMPORAL_FRONTEND_MEMBERSHIP_PORT: frontendPort - 300,
    TEMPORAL_HISTORY_MEMBERSHIP_PORT: frontendPort - 299,
    TEMPORAL_MATCHING_MEMBERSHIP_PORT: frontendPort - 298,
    TEMPORAL_WORKER_MEMBERSHIP_PORT: frontendPort - 294,
  };
}

function databaseSettings(databaseUrl: string): Record<string, string> {
  const url = new URL(databaseUrl);
  return {
    TEMPORAL_DB_HOST: url.hostname,
    TEMPORAL_DB_PORT: url.port || '5432',
    TEMPORAL_DB_USER: decodeURIComponent(url.username),
    TEMPORAL_DB_PASSWORD: decodeURIComponent(url.password),
  };
}

function databaseUrlFor(databaseUrl: string, database: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Creates the two databases if missing and brings their schemas to the version this server needs
 * (the sql tool skips what is applied already, so it runs at every start).
 */
export async function prepareServerDatabases(options: Pick<ServerModeOptions, 'sqlToolExecutable' | 'schemaDir' | 'databaseUrl'>): Promise<void> {
  const db = databaseSettings(options.databaseUrl);
  const sqlTool = (database: string, ...args: string[]) =>
    promisify(execFile)(
      options.sqlToolExecutable,
      ['--plugin', 'postgres12', '--ep', db.TEMPORAL_DB_HOST, '--port', db.TEMPORAL_DB_PORT, '--user', db.TEMPORAL_DB_USER, '--db', database, ...args],
      { env: { ...process.env, SQL_PASSWORD: db.TEMPORAL_DB_PASSWORD } },
    ).catch((error: Error & { stderr?: string }) => {
      throw new ServerModeError(`setting up the ${database} database failed: ${error.stderr?.trim() || error.message}`);
    });
  const admin = databaseUrlFor(options.databaseUrl, 'postgres');
  for (const [database, schema] of [
    [TEMPORAL_DATABASES.temporal, 'temporal'],
    [TEMPORAL_DATABASES.visibility, 'visibility'],
  ] as const) {
    await ensureDatabase(admin, database);
    // Version 0.0 only creates the schema_version table (kept if present); the updates bring the tables.
    await sqlTool(database, 'setup-schema', '-v', '0.0');
    await sqlTool(database, 'update-schema', '-d', path.join(options.schemaDir, schema, 'versioned'));
  }
}

/** The configuration goes into the data folder as `config/development.yaml`, where the server looks for it. */
function writeConfig(options: ServerModeOptions): string {
  const configDir = path.join(options.dataDir, 'config');
  fs.mkdirSync(configDir, { recursive: true });
  fs.copyFileSync(options.configTemplate, path.join(configDir, 'development.yaml'));
  return configDir;
}

/** Runs the server, waits until its frontend answers, and registers the namespace and the search attributes. */
export async function startTemporalServer(options: ServerModeOptions): Promise<ServerHandle> {
  const configDir = writeConfig(options);
  const env = { PATH: process.env.PATH ?? '', ...databaseSettings(options.databaseUrl), ...stringValues(serverPorts(options.frontendPort)) };
  const args = ['--root', options.dataDir, '--config', path.relative(options.dataDir, configDir), '--env', 'development', '--allow-no-auth', 'start'];
  // Detached, as the dev server: a Ctrl-C meant for the stack must not stop it before the workers have drained.
  const child = spawn(options.serverExecutable, args, { cwd: options.dataDir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  stopOnExit(child, 'SIGTERM');
  let exitReason: string | null = null;
  const recent: string[] = [];
  const forward = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (line.trim() === '') continue;
      recent.push(line);
      if (recent.length > 20) recent.shift();
      options.onOutput?.(line);
    }
  };
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
  child.on('error', (error) => (exitReason = `could not run ${options.serverExecutable}: ${error.message}`));
  child.on('exit', (code, signal) => {
    exitReason ??= `the Temporal server exited (${signal ?? code}) during start-up: ${recent.slice(-3).join(' | ')}`;
  });
  const address = `127.0.0.1:${options.frontendPort}`;
  const timeoutMs = options.startupTimeoutMs ?? 120_000;
  try {
    await waitForTemporal(address, timeoutMs, () => exitReason);
    await registerNamespace(address, options.namespace, timeoutMs);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return { address, process: child, stop: () => stopChild(child) };
}

function stringValues(values: Record<string, number>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, String(value)]));
}

/**
 * The namespace and the project's search attributes, added where missing; resolves once a query on
 * them answers. Each step is retried: a new namespace reaches the frontend's cache only after a few
 * seconds, and a worker polling before that is refused.
 */
async function registerNamespace(address: string, namespace: string, timeoutMs: number): Promise<void> {
  const connection = await Connection.connect({ address });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      try {
        await ensureNamespace(connection, namespace);
        return;
      } catch (error) {
        if (Date.now() > deadline) throw new ServerModeError(`the Temporal server did not take namespace ${namespace} and its search attributes: ${String(error)}`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  } finally {
    await connection.close();
  }
}

/** gRPC's status code NOT_FOUND (the package that names it is not a dependency of ours). */
const GRPC_NOT_FOUND = 5;

async function ensureNamespace(connection: Connection, namespace: string): Promise<void> {
  const service = connection.workflowService;
  const exists = await service.describeNamespace({ namespace }).then(
    () => true,
    (error: unknown) => {
      if ((error as { code?: number }).code === GRPC_NOT_FOUND) return false;
      throw error;
    },
  );
  if (!exists) await service.registerNamespace({ namespace, workflowExecutionRetentionPeriod: msToTs(NAMESPACE_RETENTION) });
  const { customAttributes } = await connection.operatorService.listSearchAttributes({ namespace });
  const missing = Object.values(SEARCH_ATTRIBUTES).filter((attribute) => !(attribute.name in (customAttributes ?? {})));
  if (missing.length > 0) {
    const types = temporal.api.enums.v1.IndexedValueType;
    const type = (name: string) => types[`INDEXED_VALUE_TYPE_${name.toUpperCase()}` as keyof typeof types];
    await connection.operatorService.addSearchAttributes({ namespace, searchAttributes: Object.fromEntries(missing.map((attribute) => [attribute.name, type(attribute.type)])) });
  }
  const query = Object.values(SEARCH_ATTRIBUTES)
    .filter((attribute) => attribute.type === 'Keyword')
    .map((attribute) => `${attribute.name} = 'ready'`)
    .join(' AND ');
  await service.listWorkflowExecutions({ namespace, pageSize: 1, query });
}
