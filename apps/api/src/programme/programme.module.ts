import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FamilyRow } from '@venskab/read-model/entities/family-row.entity';
import { JourneyRow } from '@venskab/read-model/entities/journey-row.entity';
import { programmePolicyProvider } from '../journeys/programme-policy.provider';
import { ProgrammeForecastController } from './programme-forecast.controller';
import { ProgrammeForecastReadModel } from './programme-forecast.read-model';
import { ProgrammeKpisController } from './programme-kpis.controller';
import { ProgrammeKpisReadModel } from './programme-kpis.read-model';

@Module({
  imports: [TypeOrmModule.forFeature([JourneyRow, FamilyRow])],
  controllers: [ProgrammeKpisController, ProgrammeForecastController],
  providers: [ProgrammeKpisReadModel, ProgrammeForecastReadModel, programmePolicyProvider],
})
export class ProgrammeModule {}
