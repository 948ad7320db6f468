import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { freePort } from '@venskab/platform/process/ports';
import { DevServerHandle, DevServerOptions, startDevServer } from '@venskab/platform/temporal/dev-server';
import { expectProjectionMatches, JourneyDriver } from './support/journey-driver';
import { testEnv } from './support/test-env-keys';
import { startTestStack, TestStack } from './support/test-stack';

// 1 s per programme day: a visit week (7 s) is longer than the server takes to come back, so the entry
// sent while it is down still falls in its week.
const DAY_MS = 1000;

describe('faults: the Temporal dev server killed and started again mid-journey', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'venskab-faults-temporal-'));
  let options: DevServerOptions;
  let temporal: DevServerHandle;
  let stack: TestStack;

  beforeAll(async () => {
    // Its own dev server, with its data in a SQLite file as `npm start` runs it.
    options = { executable: testEnv('temporalCli'), port: await freePort(), uiPort: null, namespace: 'default', dbFile: path.join(dataDir, 'temporal.sqlite') };
    temporal = await startDevServer(options);
    stack = await startTestStack({ temporalAddress: temporal.address });
  });
  afterAll(async () => {
    await stack?.stop();
    await temporal?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses nothing: a command sent while the server is down lands once it is back, timers go on, the projection catches up', async () => {
    const journey = await JourneyDriver.start(stack, { name: 'faults-temporal', dayLengthMs: DAY_MS });
    const active = await journey.driveToActive();
    await journey.writeLogbook(1);
    await journey.waitUntil(journey.weekStart(active, 2));
    const before = await journey.settled();

    // SIGKILL: no orderly shutdown, only what SQLite had committed survives.
    const killedAt = Date.now();
    temporal.process.kill('SIGKILL');
    await new Promise((resolve) => temporal.process.once('exit', resolve));
    // The family writes week 2 while the server is down; the client keeps trying until it is back.
    const written = journey.writeLogbook(2);
    temporal = await startDevServer(options);
    const view = await written;
    const recoveredSeconds = (Date.now() - killedAt) / 1000;
    console.log(`faults: Temporal dev server killed and back; the command sent meanwhile answered after ${recoveredSeconds.toFixed(1)} s`);

    expect(view.state.logbook.map((entry) => entry.week)).toEqual([1, 2]);
    expect(recoveredSeconds).toBeLessThan(60);
    await journey.waitUntil(journey.weekStart(active, 3));
    const next = await journey.writeLogbook(3);
    expect(next.state.logbook.map((entry) => entry.week)).toEqual([1, 2, 3]);

    const after = await journey.settled(60_000);
    expectProjectionMatches(after);
    // Everything before the crash is kept as it was, and each entry is there exactly once.
    expect(after.events.slice(0, before.events.length)).toEqual(before.events);
    expect(after.events.filter((event) => event.type === 'LogbookEntryWritten')).toHaveLength(3);
    await journey.handle.terminate('test finished');
  }, 180_000);
});
