import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { freePort } from '@venskab/platform/process/ports';
import { http } from './support/http';
import { eligibleReferral } from './support/referrals';
import { testEnv } from './support/test-env-keys';

const root = path.resolve(__dirname, '..');
const stackScript = path.join(root, 'dist', 'scripts', 'stack.js');

interface RunningStack {
  child: ChildProcess;
  output: string[];
  exited: Promise<number | null>;
}

/** Runs the compiled start command (what `npm start` runs after its set-up) with its own ports and data folder. */
function runStack(env: NodeJS.ProcessEnv): RunningStack {
  const child = spawn(process.execPath, [stackScript], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output, exited };
}

async function waitForOutput(stack: RunningStack, pattern: RegExp, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (pattern.test(stack.output.join(''))) return;
    if (stack.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`start command did not print ${pattern}; output:\n${stack.output.join('').slice(-3000)}`);
}

describe('the start command', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'venskab-start-'));
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    if (!fs.existsSync(stackScript)) throw new Error('dist/ is missing: `npm test` compiles before it runs the tests.');
    const { DATABASE_URL: _ignored, ...rest } = process.env;
    env = {
      ...rest,
      VENSKAB_DATA_DIR: dataDir,
      API_PORT: String(await freePort()),
      TEMPORAL_ADDRESS: `127.0.0.1:${await freePort()}`,
      TEMPORAL_UI_PORT: String(await freePort()),
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
      TEMPORAL_CLI_PATH: testEnv('temporalCli'),
      LOG_LEVEL: 'warn',
    };
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('brings everything up, refuses a second start on the same data, stops cleanly, and keeps journeys across a restart', async () => {
    const baseUrl = `http://127.0.0.1:${env.API_PORT}`;
    const started: RunningStack[] = [];
    try {
      const first = runStack(env);
      started.push(first);
      await waitForOutput(first, /Venskab is up/, 150_000);
      expect((await http(baseUrl, 'GET', '/health')).status).toBe(200);
      const signedIn = await http(baseUrl, 'POST', '/auth/token', { body: { username: 'caseworker', password: 'venskab-demo' } });
      expect(signedIn.status).toBe(200);
      const token = signedIn.body.accessToken;
      const created = await http(baseUrl, 'POST', '/journeys', { token, body: eligibleReferral() });
      expect(created.status).toBe(201);

      const second = runStack(env);
      expect(await second.exited).toBe(1);
      expect(second.output.join('')).toMatch(/already running with this data folder/);

      first.child.kill('SIGINT');
      expect(await first.exited).toBe(0);
      expect(first.output.join('')).toMatch(/\[stack\] stopped\./);
      expect(fs.existsSync(path.join(dataDir, 'venskab.pid'))).toBe(false);

      const restarted = runStack(env);
      started.push(restarted);
      await waitForOutput(restarted, /Venskab is up/, 150_000);
      // The signing key is kept in the data folder, so a token from before the restart still works.
      const again = await http(baseUrl, 'GET', `/journeys/${created.body.journeyId}`, { token });
      expect(again.status).toBe(200);
      expect(again.body.stage).toBe('awaiting_consent');
      restarted.child.kill('SIGINT');
      expect(await restarted.exited).toBe(0);
    } finally {
      for (const stack of started) if (stack.child.exitCode === null) stack.child.kill('SIGINT');
      await Promise.all(started.map((stack) => stack.exited));
    }
  }, 400_000);

  it('stops with one clear line and a non-zero exit when a port is taken', async () => {
    const net = await import('node:net');
    const blocker = net.createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const stack = runStack({ ...env, API_PORT: String(port) });
      expect(await stack.exited).toBe(1);
      expect(stack.output.join('')).toMatch(new RegExp(`ERROR: port ${port} \\(API_PORT\\) is already in use`));
    } finally {
      blocker.close();
    }
  });

  it('stops with one clear line for a bad setting', async () => {
    const stack = runStack({ ...env, API_PORT: 'eighty' });
    expect(await stack.exited).toBe(1);
    expect(stack.output.join('')).toMatch(/ERROR: Invalid configuration: API_PORT must be a port number/);
  });
});
