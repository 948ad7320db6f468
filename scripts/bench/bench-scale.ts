// Reads at Denmark-wide scale (npm run bench:scale -- [--children N] [--years Y] [--seed S] [--clients C] [--requests R] [--database-url URL]).
// Fills a database on the given PostgreSQL server (--database-url or DATABASE_URL; an embedded one
// otherwise) with the programme simulator's N children (reused when it is already there), starts the
// HTTP API on it (and an in-memory Temporal dev server, which the read of one journey asks first),
// then sends every list, filter and search the UI uses, and the key figures, R times each from C
// clients at once, and prints each p95 beside its target (lists < 50 ms, key figures < 200 ms).
// Writes .test-artifacts/bench-scale.json. Not a test: a benchmark anyone can rerun.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { createApp } from '../../apps/api/src/create-app';
import { Sessions } from '../../apps/api/src/identity/sessions';
import { loadConfig } from '@venskab/platform/config/config';
import { createLogger } from '@venskab/platform/logging/logger';
import { startEmbeddedPostgres } from '@venskab/platform/postgres/embedded-postgres';
import { freePort } from '@venskab/platform/process/ports';
import { startDevServer } from '@venskab/platform/temporal/dev-server';
import { measureRead, ReadCase, ReadFigures } from './read-load';
import { simulatedDatabase } from './scale-database';

const REPO_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../..' : '../..');
const ARTIFACT = path.join(REPO_ROOT, '.test-artifacts', 'bench-scale.json');
const LIST_TARGET_MS = 50;
const KPI_TARGET_MS = 200;

interface Options {
  children: number;
  years: number;
  seed: number;
  clients: number;
  requests: number;
  databaseUrl: string | undefined;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { children: 100_000, years: 15, seed: 16, clients: 20, requests: 400, databaseUrl: process.env.DATABASE_URL };
  const numbers: Record<string, keyof Omit<Options, 'databaseUrl'>> = {
    '--children': 'children',
    '--years': 'years',
    '--seed': 'seed',
    '--clients': 'clients',
    '--requests': 'requests',
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const raw = inline ?? argv[++i];
    if (flag === '--database-url') {
      options.databaseUrl = raw;
      continue;
    }
    const key = numbers[flag];
    if (!key) throw new Error(`unknown option ${argv[i]} (use --children N, --years Y, --seed S, --clients C, --requests R, --database-url URL)`);
    const value = Number(raw);
    if (!(value > 0) || (key !== 'years' && !Number.isInteger(value))) throw new Error(`${flag} needs a ${key === 'years' ? '' : 'whole '}number above 0, not ${raw}`);
    options[key] = value;
  }
  return options;
}

function temporalCliPath(): string {
  const local = path.join(REPO_ROOT, '.tools', 'bin', 'temporal');
  const executable = process.env.TEMPORAL_CLI_PATH ?? local;
  if (!fs.existsSync(executable)) throw new Error('TEMPORAL_CLI_PATH is not set and .tools/bin/temporal does not exist: run `npm start` once to build the Temporal CLI.');
  return executable;
}

/** The people the reads are made as: staff, one simulated caseworker and one simulated family (their journeys exist). */
async function benchPeople(databaseUrl: string, seed: number): Promise<{ people: Record<string, string>; journeyId: string }> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const people: Record<string, string> = {
      coordinator: 'bench-coordinator',
      programme_manager: 'bench-programme-manager',
      caseworker: 'sim-caseworker-1-1',
      volunteer_family: `sim-family-${seed}-1-adult`,
    };
    for (const [role, personId] of Object.entries(people)) {
      await db.query(
        `INSERT INTO people (person_id, display_name, role, family_id, created_by) VALUES ($1, $1, $2, $3, 'bench-scale')
         ON CONFLICT (person_id) DO UPDATE SET role = $2, family_id = $3, active = true`,
        [personId, role, role === 'volunteer_family' ? `sim-family-${seed}-1` : null],
      );
    }
    const { rows } = await db.query<{ journey_id: string }>(
      `SELECT journey_id FROM journeys WHERE caseworker_id = $1 AND stage = 'closed' ORDER BY event_count DESC LIMIT 1`,
      [people.caseworker],
    );
    if (!rows[0]) throw new Error('the simulated database has no closed journey of the bench caseworker');
    return { people, journeyId: rows[0].journey_id };
  } finally {
    await db.end();
  }
}

function readCases(tokens: Record<string, string>, journeyId: string): ReadCase[] {
  const list = (name: string, role: string, requestPath: string): ReadCase => ({ name, path: requestPath, token: tokens[role], targetP95Ms: LIST_TARGET_MS });
  const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString();
  return [
    list('journeys, first page', 'coordinator', '/journeys'),
    list('journeys, My day (200)', 'coordinator', '/journeys?limit=200'),
    list('journeys, page 100', 'coordinator', '/journeys?offset=5000'),
    list('journeys by latest stage change', 'coordinator', '/journeys?sort=-stageEnteredAt'),
    list('journeys by next due', 'coordinator', '/journeys?sort=nextDueAt'),
    list('journeys in weekly visits', 'coordinator', '/journeys?stage=active'),
    list('journeys overdue', 'coordinator', '/journeys?overdue=true'),
    list('journeys search: child label', 'coordinator', `/journeys?q=${encodeURIComponent('A.B')}`),
    list('journeys search: unit', 'coordinator', `/journeys?q=${encodeURIComponent('BBU 17')}`),
    list("caseworker's journeys", 'caseworker', '/journeys'),
    list("family's journeys", 'volunteer_family', '/journeys'),
    list('tasks open', 'coordinator', '/tasks?state=open'),
    list('tasks, My day (200)', 'coordinator', '/tasks?state=open&limit=200'),
    list('tasks overdue', 'coordinator', '/tasks?state=overdue'),
    list('tasks done', 'coordinator', '/tasks?state=done'),
    list("caseworker's tasks", 'caseworker', '/tasks?state=open'),
    list("programme manager's tasks", 'programme_manager', '/tasks?state=open'),
    list('waiting children', 'programme_manager', '/waiting-lists/children'),
    list('waiting families', 'coordinator', '/waiting-lists/families'),
    list('families', 'coordinator', '/families'),
    list('one journey (milestones)', 'caseworker', `/journeys/${journeyId}`),
    { name: 'key figures, now', path: '/programme/kpis', token: tokens.programme_manager, targetP95Ms: KPI_TARGET_MS },
    { name: 'key figures, last year', path: `/programme/kpis?from=${encodeURIComponent(yearAgo)}`, token: tokens.programme_manager, targetP95Ms: KPI_TARGET_MS },
  ];
}

function table(figures: ReadFigures[]): string {
  const header = ['read', 'requests', 'failed', 'p50 ms', 'p95 ms', 'target ms', ''];
  const rows = figures.map((f) => [f.name, String(f.requests), String(f.failed), f.p50Ms.toFixed(1), f.p95Ms.toFixed(1), `< ${f.targetP95Ms}`, f.met ? 'met' : 'NOT MET']);
  const widths = header.map((_, i) => Math.max(header[i].length, ...rows.map((row) => row[i].length)));
  return [header, ...rows].map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')).join('\n');
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const log = (line: string) => console.log(line);
  const cleanup: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    while (cleanup.length > 0) await cleanup.pop()!().catch((error: unknown) => console.error(`clean-up step failed: ${String(error)}`));
  };
  // Ctrl-C or a kill stops the API, Temporal and PostgreSQL the bench started, as the normal end does.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stopAll().finally(() => process.exit(130)));
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'venskab-bench-scale-'));
  cleanup.push(async () => fs.rmSync(tempDir, { recursive: true, force: true }));
  try {
    let serverUrl = options.databaseUrl;
    if (!serverUrl) {
      const postgres = await startEmbeddedPostgres({ dataDir: path.join(tempDir, 'cluster'), port: await freePort(), database: 'venskab' });
      cleanup.push(() => postgres.stop());
      serverUrl = postgres.url;
    }
    const today = new Date();
    today.setUTCHours(0, 0, 0, 0);
    const databaseUrl = await simulatedDatabase({ serverUrl, children: options.children, years: options.years, seed: options.seed, endMs: today.getTime(), log });
    const { people, journeyId } = await benchPeople(databaseUrl, options.seed);

    const temporal = await startDevServer({ executable: temporalCliPath(), port: await freePort(), uiPort: null, namespace: 'default', dbFile: null });
    cleanup.push(() => temporal.stop());
    const config = loadConfig({
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_TASK_QUEUE: 'bench-scale',
      JWT_SECRET: 'venskab-bench-scale-signing-key-0123456789',
      VENSKAB_DATA_DIR: tempDir,
      LOG_LEVEL: 'warn',
    });
    const app = await createApp(config, createLogger('bench-scale', config));
    await app.listen(0, '127.0.0.1');
    cleanup.push(() => app.close());
    const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const sessions = app.get(Sessions);
    const tokens: Record<string, string> = {};
    for (const [role, personId] of Object.entries(people)) tokens[role] = (await sessions.start(personId)).accessToken;

    log(`measuring ${options.requests} requests per read from ${options.clients} clients at once`);
    const figures: ReadFigures[] = [];
    for (const read of readCases(tokens, journeyId)) {
      const figure = await measureRead(baseUrl, read, options.clients, options.requests);
      log(`  ${figure.name}: p95 ${figure.p95Ms} ms (target < ${figure.targetP95Ms} ms) ${figure.met ? 'met' : 'NOT MET'}`);
      figures.push(figure);
    }
    console.log(`\n${table(figures)}\n`);
    const report = { options: { ...options, databaseUrl: undefined }, database: new URL(databaseUrl).pathname.slice(1), reads: figures, allMet: figures.every((f) => f.met), seconds: Math.round((Date.now() - started) / 1000) };
    fs.mkdirSync(path.dirname(ARTIFACT), { recursive: true });
    fs.writeFileSync(ARTIFACT, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`${report.allMet ? 'every read met its target' : 'some reads missed their target'}; report written to ${path.relative(REPO_ROOT, ARTIFACT)} (${report.seconds} s)`);
  } finally {
    await stopAll();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
