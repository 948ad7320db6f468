// The programme simulator (npm run simulate -- --children N --years Y --seed S [--end ISO] [--database-url URL] [--concurrency C]).
// Simulates N children's whole journeys over Y years of programme time ending at --end (default: today
// 00:00 UTC), driven step by step by the domain's own decide/evolve at the rates of
// scripts/simulation/rates.ts, deterministic for a seed and an end. With a database (--database-url, or
// DATABASE_URL) it migrates the read model and writes every journey through the workflow's projection
// mapping and the projectJourney activity; without one it only reports what it simulated.
import { createReadModelDataSource, migrateReadModel } from '@venskab/read-model';
import { isJourneyFinished } from '@venskab/domain/journey';
import type { SimulatedJourney } from './simulation/child-journey';
import { simulateProgramme } from './simulation/programme';
import { writeJourneys } from './simulation/write-read-model';

interface Options {
  children: number;
  years: number;
  seed: number;
  endMs: number;
  databaseUrl: string | undefined;
  concurrency: number;
}

function parseOptions(argv: string[]): Options {
  const today = new Date();
  today.setUTCHours(0, 0, 0, 0);
  const options: Options = { children: 1000, years: 10, seed: 1, endMs: today.getTime(), databaseUrl: process.env.DATABASE_URL, concurrency: 6 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const raw = inline ?? argv[++i];
    if (flag === '--database-url') options.databaseUrl = raw;
    else if (flag === '--end') {
      options.endMs = Date.parse(raw);
      if (Number.isNaN(options.endMs)) throw new Error(`--end needs an ISO time, not ${raw}`);
    } else if (flag === '--children' || flag === '--seed' || flag === '--concurrency') {
      const value = Number(raw);
      if (!Number.isInteger(value) || value < (flag === '--seed' ? 0 : 1)) throw new Error(`${flag} needs a whole number${flag === '--seed' ? '' : ' above 0'}, not ${raw}`);
      options[flag.slice(2) as 'children' | 'seed' | 'concurrency'] = value;
    } else if (flag === '--years') {
      const value = Number(raw);
      if (!(value > 0)) throw new Error(`--years needs a number above 0, not ${raw}`);
      options.years = value;
    } else throw new Error(`unknown option ${argv[i]} (use --children N, --years Y, --seed S, --end ISO, --database-url URL, --concurrency C)`);
  }
  return options;
}

/** Counts by stage, events and refusals, kept as the journeys go by (they are not held in memory). */
function tally() {
  const stages = new Map<string, number>();
  let events = 0;
  let open = 0;
  const refusals: string[] = [];
  return {
    count(journey: SimulatedJourney): SimulatedJourney {
      stages.set(journey.run.state.stage, (stages.get(journey.run.state.stage) ?? 0) + 1);
      events += journey.run.events.length;
      if (!isJourneyFinished(journey.run.state)) open++;
      refusals.push(...journey.run.refusals);
      return journey;
    },
    report: (): string =>
      [
        `stages: ${[...stages].sort(([, a], [, b]) => b - a).map(([stage, n]) => `${stage} ${n}`).join(', ')}`,
        `open journeys: ${open}; events: ${events}; refused commands: ${refusals.length}${refusals.length ? ` (first: ${refusals[0]})` : ''}`,
      ].join('\n'),
  };
}

function* counted(journeys: Iterable<SimulatedJourney>, counter: ReturnType<typeof tally>): Generator<SimulatedJourney> {
  for (const journey of journeys) yield counter.count(journey);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const counter = tally();
  const journeys = counted(simulateProgramme(options), counter);
  console.log(`simulating ${options.children} children over ${options.years} years up to ${new Date(options.endMs).toISOString()}, seed ${options.seed}`);
  if (!options.databaseUrl) {
    for (const _journey of journeys) continue;
  } else {
    await migrateReadModel(options.databaseUrl);
    const dataSource = createReadModelDataSource(options.databaseUrl);
    await dataSource.initialize();
    try {
      await writeJourneys(dataSource, journeys, options.concurrency, (written) => {
        if (written % 1000 === 0) process.stdout.write(`\r${written} of ${options.children} journeys written (${Math.round((Date.now() - started) / 1000)} s)`);
      });
      process.stdout.write('\n');
    } finally {
      await dataSource.destroy();
    }
  }
  console.log(counter.report());
  console.log(`done in ${Math.round((Date.now() - started) / 1000)} s`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
