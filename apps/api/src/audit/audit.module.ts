import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JourneyReadLogRow } from '@venskab/read-model/entities/journey-read-log.entity';
import { JourneyRow } from '@venskab/read-model/entities/journey-row.entity';
import { PersonRow } from '@venskab/read-model/entities/person-row.entity';
import { JourneyAuditController } from './journey-audit.controller';
import { journeyHistoryProvider } from './journey-history.provider';
import { JourneyReadLog } from './journey-read-log';
import { JourneyReadLogInterceptor } from './journey-read-log.interceptor';
import { ReadLogController } from './read-log.controller';

/** The auditor's side: timelines and replays from the workflow histories, and the log of who read which journey. */
@Module({
  imports: [TypeOrmModule.forFeature([JourneyReadLogRow, PersonRow, JourneyRow])],
  controllers: [JourneyAuditController, ReadLogController],
  providers: [journeyHistoryProvider, JourneyReadLog, { provide: APP_INTERCEPTOR, useClass: JourneyReadLogInterceptor }],
})
export class AuditModule {}
