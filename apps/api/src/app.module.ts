import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { effectiveDatabaseUrl, VenskabConfig } from '@venskab/platform/config/config';
import { READ_MODEL_ENTITIES } from '@venskab/read-model/data-source';
import { AuditModule } from './audit/audit.module';
import { CodecModule } from './codec/codec.module';
import { ConfigModule } from './config/config.module';
import { DatabaseConnector } from './database/database-connector';
import { HealthController } from './health/health.controller';
import { IdentityModule } from './identity/identity.module';
import { JourneysModule } from './journeys/journeys.module';
import { FamiliesModule } from './families/families.module';
import { MatchingModule } from './matching/matching.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PeopleModule } from './people/people.module';
import { ProgrammeModule } from './programme/programme.module';
import { WaitingListsModule } from './waiting-lists/waiting-lists.module';
import { TasksModule } from './tasks/tasks.module';
import { TemporalModule } from './temporal/temporal.module';
import { UiConfigController } from './ui-config/ui-config.controller';
import { WebUiModule } from './web/web-ui.module';

@Module({})
export class AppModule {
  static forRoot(config: VenskabConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: effectiveDatabaseUrl(config),
          entities: READ_MODEL_ENTITIES,
          synchronize: false,
          migrationsRun: false,
          // Connected in the background by DatabaseConnector, so the API boots and /health can say PostgreSQL is down.
          manualInitialization: true,
        }),
        TemporalModule,
        IdentityModule,
        PeopleModule,
        JourneysModule,
        FamiliesModule,
        MatchingModule,
        WaitingListsModule,
        TasksModule,
        NotificationsModule,
        ProgrammeModule,
        AuditModule,
        CodecModule,
        WebUiModule,
      ],
      controllers: [HealthController, UiConfigController],
      providers: [DatabaseConnector],
    };
  }
}
