import { spawn } from 'node:child_process';
import { startEmbeddedPostgres } from '@venskab/platform/postgres/embedded-postgres';
import { prefixLines } from '@venskab/platform/process/prefixed-output';
import { stopOnExit } from '@venskab/platform/process/stop-on-exit';
import { DevServerOptions, startDevServer, stopChild } from '@venskab/platform/temporal/dev-server';
import { ServerModeOptions, startTemporalServer } from '@venskab/platform/temporal/server-mode';
import type { RunningProcess } from './supervised-process';

/**
 * How the stack starts each of its servers. Every one runs detached, in its own process group:
 * a Ctrl-C in the terminal reaches only the stack, which then stops them in order.
 */

export interface NodeApp {
  name: string;
  colourIndex: number;
  scriptPath: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export function startNodeApp({ name, colourIndex, scriptPath, cwd, env }: NodeApp): Promise<RunningProcess> {
  const child = spawn(process.execPath, [scriptPath], { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  stopOnExit(child, 'SIGTERM');
  prefixLines(name, colourIndex, child.stdout, (line) => process.stdout.write(`${line}\n`));
  prefixLines(name, colourIndex, child.stderr, (line) => process.stderr.write(`${line}\n`));
  return new Promise((resolve, reject) => {
    child.once('spawn', () => resolve({ process: child, stop: () => stopChild(child) }));
    child.once('error', reject);
  });
}

export async function startLocalTemporal(options: DevServerOptions): Promise<RunningProcess> {
  const server = await startDevServer(options);
  return { process: server.process, stop: server.stop };
}

export async function startLocalTemporalServer(options: ServerModeOptions): Promise<RunningProcess> {
  const server = await startTemporalServer(options);
  return { process: server.process, stop: server.stop };
}

export async function startLocalPostgres(dataDir: string, port: number): Promise<RunningProcess> {
  const postgres = await startEmbeddedPostgres({ dataDir, port, database: 'venskab' });
  return { process: postgres.process, stop: postgres.stop };
}
