import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FamilyRow } from '@venskab/read-model/entities/family-row.entity';
import { JourneyEventRow } from '@venskab/read-model/entities/journey-event-row.entity';
import { programmePolicyProvider } from '../journeys/programme-policy.provider';
import { ProgrammeKpisController } from './programme-kpis.controller';
import { ProgrammeKpisReadModel } from './programme-kpis.read-model';

@Module({
  imports: [TypeOrmModule.forFeature([JourneyEventRow, FamilyRow])],
  controllers: [ProgrammeKpisController],
  providers: [ProgrammeKpisReadModel, programmePolicyProvider],
})
export class ProgrammeModule {}
