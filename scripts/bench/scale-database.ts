import { Client } from 'pg';
import { ensureDatabase } from '@venskab/platform/postgres/embedded-postgres';
import { createReadModelDataSource, migrateReadModel } from '@venskab/read-model/data-source';
import { simulateProgramme } from '../simulation/programme';
import { writeJourneys } from '../simulation/write-read-model';

export interface ScaleDatabaseOptions {
  /** Any database on the PostgreSQL server to use; the simulated one is created beside it. */
  serverUrl: string;
  children: number;
  years: number;
  seed: number;
  endMs: number;
  log: (line: string) => void;
}

/**
 * A database holding the simulator's programme of `children` journeys (one per size, seed and end,
 * so a rerun reuses it): created and filled through the projection when it is not there or not whole,
 * then migrated. Answers its URL.
 */
export async function simulatedDatabase(options: ScaleDatabaseOptions): Promise<string> {
  const name = `venskab_scale_${options.children}_${options.seed}_${new Date(options.endMs).toISOString().slice(0, 10).replace(/-/g, '')}`;
  const admin = new URL(options.serverUrl);
  admin.pathname = '/postgres';
  await ensureDatabase(admin.toString(), name);
  const url = new URL(options.serverUrl);
  url.pathname = `/${name}`;
  await migrateReadModel(url.toString());
  const journeys = await journeyCount(url.toString());
  if (journeys === options.children) {
    options.log(`reusing ${name}: ${journeys} simulated journeys`);
    return url.toString();
  }
  const started = Date.now();
  options.log(`filling ${name} with ${options.children} simulated journeys over ${options.years} years (seed ${options.seed})`);
  const dataSource = createReadModelDataSource(url.toString());
  await dataSource.initialize();
  try {
    // Projections are idempotent: a fill that stopped half-way is completed, not doubled.
    await writeJourneys(dataSource, simulateProgramme(options), 4, (written) => {
      if (written % 5000 === 0) options.log(`  ${written} journeys written (${Math.round((Date.now() - started) / 1000)} s)`);
    });
    await dataSource.query('VACUUM ANALYZE');
  } finally {
    await dataSource.destroy();
  }
  options.log(`filled in ${Math.round((Date.now() - started) / 1000)} s`);
  return url.toString();
}

async function journeyCount(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM journeys');
    return rows[0].n;
  } finally {
    await client.end();
  }
}
