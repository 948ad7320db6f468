import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { caseworker } from '@venskab/domain/journey/journey.fixture';
import { AuditedJourney } from './support/audit-journeys';
import { journeyReadModelRows } from './support/audit-read-model';
import { testEnv } from './support/test-env-keys';
import { TEST_MASTER_KEY } from './support/test-master-key';
import { startTestStack, TestStack } from './support/test-stack';
import { waitFor } from './support/wait-for';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..');
// Compiled into its own folder, so a build another process runs into dist/ cannot interfere.
const OUT_DIR = path.join(ROOT, '.test-artifacts', `audit-cli-${process.pid}`);

/** Runs a compiled script against this run's Temporal and PostgreSQL, as an operator would with env vars. */
function script(name: string, args: string[] = []) {
  return run(process.execPath, [path.join(OUT_DIR, 'scripts', `${name}.js`), ...args], {
    env: { ...process.env, DATABASE_URL: testEnv('databaseUrl'), TEMPORAL_ADDRESS: testEnv('temporalAddress'), VENSKAB_MASTER_KEY: TEST_MASTER_KEY, LOG_LEVEL: 'warn' },
    timeout: 120_000,
  });
}

// The two command-line tools, compiled as `npm run audit` and `npm run rebuild:read-model` compile them.
describe('audit command line', () => {
  let stack: TestStack;
  const journeys: AuditedJourney[] = [];
  beforeAll(async () => {
    const compile = (tool: string) =>
      run(process.execPath, [require.resolve(tool), '-p', path.join(ROOT, 'tsconfig.build.json'), '--outDir', OUT_DIR], { cwd: ROOT, timeout: 300_000 });
    // As `npm run build`: tsc, then the library imports rewritten to relative paths for Node.
    const build = compile('typescript/bin/tsc').then(() => compile('tsc-alias/dist/bin/index.js'));
    stack = await startTestStack();
    // An active course, one waiting for screening, one the child ended at consent, one withdrawn after a missed deadline.
    const active = await AuditedJourney.start(stack);
    await active.driveToFirstVisit();
    const screening = await AuditedJourney.start(stack);
    await screening.send({ type: 'GiveConsent', actor: caseworker, custodyHolders: ['Mother', 'Father'] });
    const refused = await AuditedJourney.start(stack);
    await refused.send({ type: 'RefuseConsent', actor: caseworker, refusedBy: 'child' });
    const withdrawn = await AuditedJourney.start(stack, { dayLengthMs: 50 });
    await withdrawn.send({ type: 'GiveConsent', actor: caseworker, custodyHolders: ['Father'] });
    await waitFor(async () => ((await withdrawn.view()).state.firedReminders.includes('screening_overdue:1') ? true : undefined));
    await withdrawn.send({ type: 'WithdrawConsent', actor: caseworker, withdrawnBy: 'custody_holders', reason: 'Moving away.' });
    journeys.push(active, screening, refused, withdrawn);
    for (const journey of journeys) await journey.settled();
    await build;
  }, 400_000);
  afterAll(async () => {
    for (const journey of journeys) await journey.handle.terminate('test finished').catch(() => undefined);
    await stack?.stop();
    fs.rmSync(OUT_DIR, { recursive: true, force: true });
  });

  it('replay --all replays every journey against the current code and exits 0', async () => {
    const { stdout } = await script('audit', ['replay', '--all']);
    for (const journey of journeys) expect(stdout).toMatch(new RegExp(`^ok +${journey.journeyId} `, 'm'));
    expect(stdout).not.toMatch(/^(FAIL|ERROR)/m);
  });

  it('replay --journey replays one journey', async () => {
    const { stdout } = await script('audit', ['replay', '--journey', journeys[0].journeyId]);
    expect(stdout.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^ok +${journeys[0].journeyId} +1 run\\(s\\) from temporal, stage active$`)), '1 journey(s) replayed, 0 failed']);
  });

  it('exits non-zero for a journey it cannot replay, and 2 on a usage error', async () => {
    await expect(script('audit', ['replay', '--journey', 'no-such-journey'])).rejects.toMatchObject({ code: 1, stdout: expect.stringMatching(/^ERROR +no-such-journey /m) });
    await expect(script('audit', ['replay'])).rejects.toMatchObject({ code: 2 });
  });

  it('rebuilds journeys, events, tasks and notifications from the histories alone, equal to the live tables', async () => {
    const ids = journeys.map((journey) => journey.journeyId);
    const live = await journeyReadModelRows(stack.dataSource, ids);
    expect(live.journeys).toHaveLength(ids.length);
    expect(live.tasks.length).toBeGreaterThan(0);
    expect(live.notifications.length).toBeGreaterThan(0);
    const { stdout } = await script('rebuild-read-model');
    expect(stdout).toMatch(/rebuilt the read model of \d+ journey\(s\)/);
    expect(await journeyReadModelRows(stack.dataSource, ids)).toEqual(live);
  });
});
