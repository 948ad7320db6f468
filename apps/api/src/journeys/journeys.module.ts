import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JourneyEventRow } from '@venskab/read-model/entities/journey-event-row.entity';
import { JourneyRow } from '@venskab/read-model/entities/journey-row.entity';
import { JourneyCommandsController } from './journey-commands.controller';
import { JourneysController } from './journeys.controller';
import { JourneyWorkflowClient } from './journey-workflow.client';
import { JourneyReadModel } from './journey-read-model';
import { JourneyViewForCaller } from './journey-view-for-caller';
import { programmePolicyProvider } from './programme-policy.provider';

@Module({
  imports: [TypeOrmModule.forFeature([JourneyRow, JourneyEventRow])],
  controllers: [JourneysController, JourneyCommandsController],
  providers: [JourneyWorkflowClient, JourneyReadModel, JourneyViewForCaller, programmePolicyProvider],
})
export class JourneysModule {}
