import { DataSource } from 'typeorm';
import { JourneyEventRow } from './entities/journey-event-row.entity';
import { JourneyRow } from './entities/journey-row.entity';
import { NotificationRow } from './entities/notification-row.entity';
import { TaskRow } from './entities/task-row.entity';
import { FamilyRow } from './entities/family-row.entity';
import { FamilyEventRow } from './entities/family-event-row.entity';
import { JourneyHistoryArchiveRow } from './entities/journey-history-archive.entity';
import { JourneyReadLogRow } from './entities/journey-read-log.entity';
import { JourneyReadModel1763800000000 } from './migrations/1763800000000-journey-read-model';
import { FamilyReadModel1763900000000 } from './migrations/1763900000000-family-read-model';
import { JourneyAudit1764200000000 } from './migrations/1764200000000-journey-audit';
import { People1764900000000 } from './migrations/1764900000000-people';
import { JourneyDayLength1765010000000 } from './migrations/1765010000000-journey-day-length';
import { DataKeys1766000000000 } from './migrations/1766000000000-data-keys';
import { ScaleReads1766100000000 } from './migrations/1766100000000-scale-reads';
import { PersonRow } from './entities/person-row.entity';
import { InvitationRow } from './entities/invitation-row.entity';
import { SessionRow } from './entities/session-row.entity';
import { SignInAttemptRow } from './entities/sign-in-attempt-row.entity';
import { NotificationReadRow } from './entities/notification-read-row.entity';

export const READ_MODEL_ENTITIES = [JourneyRow, JourneyEventRow, TaskRow, NotificationRow, FamilyRow, FamilyEventRow, JourneyHistoryArchiveRow, JourneyReadLogRow, PersonRow, InvitationRow, SessionRow, SignInAttemptRow, NotificationReadRow];
export const READ_MODEL_MIGRATIONS = [JourneyReadModel1763800000000, FamilyReadModel1763900000000, JourneyAudit1764200000000, People1764900000000, JourneyDayLength1765010000000, DataKeys1766000000000, ScaleReads1766100000000];

/** The read model's connection; the schema comes only from the migrations above. */
export function createReadModelDataSource(url: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: READ_MODEL_ENTITIES,
    migrations: READ_MODEL_MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    logging: false,
    // Every running journey projects through this pool; the default of 10 queues them under load.
    poolSize: 20,
  });
}

/** Applies pending migrations; safe to call on every start. */
export async function migrateReadModel(url: string): Promise<string[]> {
  const dataSource = createReadModelDataSource(url);
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
