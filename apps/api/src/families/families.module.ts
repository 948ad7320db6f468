import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FamilyRow } from '@venskab/read-model/entities/family-row.entity';
import { FamiliesController } from './families.controller';
import { FamilyCommandsController } from './family-commands.controller';
import { FamilyReadModel } from './family-read-model';
import { familyPolicyProvider } from './family-policy.provider';
import { FamilyWorkflowClient } from './family-workflow.client';

@Module({
  imports: [TypeOrmModule.forFeature([FamilyRow])],
  controllers: [FamiliesController, FamilyCommandsController],
  providers: [FamilyWorkflowClient, FamilyReadModel, familyPolicyProvider],
  exports: [FamilyReadModel, familyPolicyProvider],
})
export class FamiliesModule {}
