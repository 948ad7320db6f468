// Applies the read model's migrations to DATABASE_URL and exits (the deployment's one-shot migration step).
import { ConfigError, effectiveDatabaseUrl, loadConfig } from '@venskab/platform/config/config';
import { migrateReadModel } from '@venskab/read-model/data-source';

async function main(): Promise<void> {
  const applied = await migrateReadModel(effectiveDatabaseUrl(loadConfig()));
  console.log(applied.length > 0 ? `applied migrations: ${applied.join(', ')}` : 'database schema is up to date');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
