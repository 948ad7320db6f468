import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { freePort, isPortFree } from '@venskab/platform/process/ports';
import { MAX_SERVER_PORT, serverPorts } from '@venskab/platform/temporal/server-mode';
import { activeJourneyViaApi, approvedFamilyViaApi } from './support/family-applications';
import { http, TEST_JWT_SECRET } from './support/http';
import { CASEWORKER, COORDINATOR, eligibleReferral } from './support/referrals';
import { TEST_ENV_KEYS } from './support/test-env-keys';
import { waitFor } from './support/wait-for';

// TEMPORAL_MODE=server through the compiled start command: the Temporal server on the stack's own
// embedded PostgreSQL, two workers, and one of them killed with SIGKILL while journeys are under way.
const root = path.resolve(__dirname, '..');
const stackScript = path.join(root, 'dist', 'scripts', 'stack.js');
const JOURNEYS = 4;

/** A frontend port whose neighbours (the server's other services) are free too, all below MAX_SERVER_PORT. */
async function freeServerPort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const frontend = 20_000 + Math.floor(Math.random() * (MAX_SERVER_PORT - 20_010));
    const ports = Object.values(serverPorts(frontend));
    if ((await Promise.all(ports.map((port) => isPortFree(port)))).every(Boolean)) return frontend;
  }
  throw new Error('no free range of ports for the Temporal server');
}

function childPids(stack: ChildProcess, script: string): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(stack.pid), '-f', script]).toString().trim().split('\n').map(Number);
  } catch {
    return [];
  }
}

describe('TEMPORAL_MODE=server: the Temporal server on PostgreSQL with two workers', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'venskab-server-mode-'));
  const output: string[] = [];
  const runDatabaseUrl = process.env[TEST_ENV_KEYS.databaseUrl];
  let stack: ChildProcess;
  let exited: Promise<number | null>;
  let baseUrl: string;
  let database: Client;

  const stackLines = () => output.join('').split('\n').filter((line) => line.startsWith('[stack] '));
  const waitForLine = (pattern: RegExp, timeoutMs: number) =>
    waitFor(async () => (stackLines().some((line) => pattern.test(line)) ? true : undefined), timeoutMs, 100).catch(() => {
      throw new Error(`the stack did not print ${pattern}; its last output:\n${output.join('').slice(-3000)}`);
    });

  beforeAll(async () => {
    if (!fs.existsSync(stackScript)) throw new Error('dist/ is missing: `npm test` compiles before it runs the tests.');
    if (!process.env.TEMPORAL_SERVER_PATH) throw new Error('TEMPORAL_SERVER_PATH is not set: `npm test` builds the Temporal server and sets it.');
    const { DATABASE_URL: _ignored, ...rest } = process.env;
    const apiPort = await freePort();
    const postgresPort = await freePort();
    baseUrl = `http://127.0.0.1:${apiPort}`;
    const env = {
      ...rest,
      TEMPORAL_MODE: 'server',
      VENSKAB_DATA_DIR: dataDir,
      API_PORT: String(apiPort),
      TEMPORAL_ADDRESS: `127.0.0.1:${await freeServerPort()}`,
      EMBEDDED_POSTGRES_PORT: String(postgresPort),
      JWT_SECRET: TEST_JWT_SECRET,
      LOG_LEVEL: 'warn',
    };
    stack = spawn(process.execPath, [stackScript], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    stack.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    stack.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    exited = new Promise((resolve) => stack.on('exit', (code) => resolve(code)));
    await waitForLine(/Venskab is up/, 240_000);
    // This file's requests sign in against the stack's own database (the API's sessions live there).
    const stackDatabaseUrl = `postgres://venskab:venskab@127.0.0.1:${postgresPort}/venskab`;
    process.env[TEST_ENV_KEYS.databaseUrl] = stackDatabaseUrl;
    database = new Client({ connectionString: stackDatabaseUrl });
    // The last test stops the stack's PostgreSQL under this connection.
    database.on('error', () => undefined);
    await database.connect();
  }, 300_000);

  afterAll(async () => {
    await database?.end().catch(() => undefined);
    process.env[TEST_ENV_KEYS.databaseUrl] = runDatabaseUrl;
    if (stack.exitCode === null && stack.signalCode === null) {
      stack.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  const eventTypes = async (journeyId: string): Promise<string[]> =>
    (await database.query('SELECT type FROM journey_events WHERE journey_id = $1 ORDER BY sequence', [journeyId])).rows.map((row) => row.type);

  it('keeps its data in PostgreSQL (databases temporal and temporal_visibility) with the search attributes registered', async () => {
    const databases = (await database.query("SELECT datname FROM pg_database WHERE datname LIKE 'temporal%' ORDER BY datname")).rows.map((row) => row.datname);
    expect(databases).toEqual(['temporal', 'temporal_visibility']);
    expect(stackLines().filter((line) => /^\[stack\] starting the Temporal server/.test(line))).toHaveLength(1);
    expect(childPids(stack, 'apps/worker/src/main.js')).toHaveLength(2);
  });

  it('carries on with the other worker when one is killed mid-journey: nothing lost, nothing doubled', async () => {
    // An undisturbed journey first: what every journey's events must be.
    const control = await activeJourneyViaApi(baseUrl, await approvedFamilyViaApi(baseUrl));
    const expected = await eventTypes(control);
    expect(expected.length).toBeGreaterThan(5);

    const families = await Promise.all(Array.from({ length: JOURNEYS }, () => approvedFamilyViaApi(baseUrl)));
    const journeys = Promise.all(families.map((familyId) => activeJourneyViaApi(baseUrl, familyId)));
    // Mid-journey: two of them are referred, and each has eight more commands to go.
    await waitFor(async () => {
      const { rows } = await database.query('SELECT count(*)::int AS started FROM journeys WHERE journey_id <> $1', [control]);
      return rows[0].started >= 2 ? true : undefined;
    }, 60_000, 50);
    const [killed, survivor] = childPids(stack, 'apps/worker/src/main.js');
    process.kill(killed, 'SIGKILL');
    await waitForLine(/^\[stack\] worker [12] died \(killed by SIGKILL\); restarting it in 1 s\.$/, 10_000);

    // The other worker alone takes a new journey while the killed one is still down.
    const referred = await http(baseUrl, 'POST', '/journeys', { actor: CASEWORKER, body: eligibleReferral() });
    expect(referred.status).toBe(201);
    expect(stackLines().some((line) => / is back /.test(line))).toBe(false);
    expect(childPids(stack, 'apps/worker/src/main.js')).toContain(survivor);

    const journeyIds = await journeys;
    for (const journeyId of journeyIds) {
      expect(await eventTypes(journeyId)).toEqual(expected);
      const view = await http(baseUrl, 'GET', `/journeys/${journeyId}`, { actor: COORDINATOR });
      expect(view.body).toMatchObject({ eventCount: expected.length, state: { stage: 'active' } });
    }
    await waitForLine(/^\[stack\] worker [12] is back \(pid \d+\)\.$/, 120_000);
    expect(stackLines().filter((line) => / died /.test(line))).toHaveLength(1);
  }, 240_000);

  it('stops in order: API, both workers, the Temporal server, PostgreSQL', async () => {
    stack.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stackLines().filter((line) => /^\[stack\] (stopping|stopped)/.test(line))).toEqual([
      '[stack] stopping api...',
      '[stack] stopping worker 1...',
      '[stack] stopping worker 2...',
      '[stack] stopping Temporal server...',
      '[stack] stopping PostgreSQL...',
      '[stack] stopped.',
    ]);
  }, 60_000);
});
