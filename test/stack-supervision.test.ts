import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { freePort } from '@venskab/platform/process/ports';
import { http } from './support/http';
import { eligibleReferral } from './support/referrals';
import { testEnv } from './support/test-env-keys';
import { waitFor } from './support/wait-for';

const root = path.resolve(__dirname, '..');
const stackScript = path.join(root, 'dist', 'scripts', 'stack.js');

/** The stack's own lines (`[stack] …`), in order; the servers' logs are left out. */
function stackLines(output: string[]): string[] {
  return output.join('').split('\n').filter((line) => line.startsWith('[stack] '));
}

/** The pid of the stack's child running `script`, once there is exactly one. */
function childPid(stack: ChildProcess, script: string): number | undefined {
  try {
    const pids = execFileSync('pgrep', ['-P', String(stack.pid), '-f', script]).toString().trim().split('\n');
    return pids.length === 1 ? Number(pids[0]) : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the supervising stack (the compiled start command)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'venskab-supervision-'));
  const output: string[] = [];
  let stack: ChildProcess;
  let exited: Promise<number | null>;
  let baseUrl: string;

  const waitForLine = (pattern: RegExp, timeoutMs: number) =>
    waitFor(async () => (stackLines(output).some((line) => pattern.test(line)) ? true : undefined), timeoutMs, 200).catch(() => {
      throw new Error(`the stack did not print ${pattern}; its last output:\n${output.join('').slice(-3000)}`);
    });

  beforeAll(async () => {
    if (!fs.existsSync(stackScript)) throw new Error('dist/ is missing: `npm test` compiles before it runs the tests.');
    const { DATABASE_URL: _ignored, ...rest } = process.env;
    const apiPort = await freePort();
    baseUrl = `http://127.0.0.1:${apiPort}`;
    const env = {
      ...rest,
      VENSKAB_DATA_DIR: dataDir,
      API_PORT: String(apiPort),
      TEMPORAL_ADDRESS: `127.0.0.1:${await freePort()}`,
      TEMPORAL_UI_PORT: String(await freePort()),
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
      TEMPORAL_CLI_PATH: testEnv('temporalCli'),
      LOG_LEVEL: 'warn',
    };
    stack = spawn(process.execPath, [stackScript], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    stack.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    stack.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    exited = new Promise((resolve) => stack.on('exit', (code) => resolve(code)));
    await waitForLine(/Venskab is up/, 150_000);
  }, 180_000);

  afterAll(async () => {
    if (stack.exitCode === null && stack.signalCode === null) {
      stack.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('restarts a worker killed with SIGKILL, says so, and journeys go on', async () => {
    const workerPid = await waitFor(async () => childPid(stack, 'apps/worker/src/main.js'), 10_000);
    process.kill(workerPid, 'SIGKILL');

    await waitForLine(/^\[stack\] worker died \(killed by SIGKILL\); restarting it in 1 s\.$/, 10_000);
    await waitForLine(/^\[stack\] worker is back \(pid \d+\)\.$/, 90_000);
    expect(stackLines(output).filter((line) => line.includes('worker died'))).toHaveLength(1);
    expect(childPid(stack, 'apps/worker/src/main.js')).not.toBe(workerPid);
    expect((await http(baseUrl, 'GET', '/health')).status).toBe(200);

    const signedIn = await http(baseUrl, 'POST', '/auth/token', { body: { username: 'caseworker', password: 'venskab-demo' } });
    const token = signedIn.body.accessToken;
    const referred = await http(baseUrl, 'POST', '/journeys', { token, body: eligibleReferral() });
    expect(referred.status).toBe(201);
    const journeyId = referred.body.journeyId;
    const consent = { token, body: { custodyHolders: ['Mother'] }, headers: { 'idempotency-key': randomUUID() } };
    const first = await http(baseUrl, 'POST', `/journeys/${journeyId}/commands/GiveConsent`, consent);
    const resent = await http(baseUrl, 'POST', `/journeys/${journeyId}/commands/GiveConsent`, consent);
    expect(first.status).toBe(201);
    expect(resent).toEqual(first);
    expect((await http(baseUrl, 'GET', `/journeys/${journeyId}`, { token })).body.stage).toBe('screening');
  }, 150_000);

  it('stops in order on SIGTERM: API, worker, Temporal, PostgreSQL, then "stopped." and exit code 0', async () => {
    const children = ['apps/api/src/main.js', 'apps/worker/src/main.js', 'temporal server start-dev', 'bin/postgres'].map((script) => childPid(stack, script));
    expect(children.every((pid) => pid !== undefined)).toBe(true);

    stack.kill('SIGTERM');
    expect(await exited).toBe(0);

    const stopping = stackLines(output).filter((line) => /^\[stack\] (stopping|stopped)/.test(line));
    expect(stopping).toEqual([
      '[stack] stopping api...',
      '[stack] stopping worker...',
      '[stack] stopping Temporal dev server...',
      '[stack] stopping PostgreSQL...',
      '[stack] stopped.',
    ]);
    expect(children.filter((pid) => isAlive(pid!))).toEqual([]);
    expect(fs.existsSync(path.join(dataDir, 'venskab.pid'))).toBe(false);
  }, 60_000);
});
