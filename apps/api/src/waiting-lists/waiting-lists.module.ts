import { Module } from '@nestjs/common';
import { FamiliesModule } from '../families/families.module';
import { WaitingListsController } from './waiting-lists.controller';
import { WaitingListsReadModel } from './waiting-lists.read-model';

@Module({
  imports: [FamiliesModule],
  controllers: [WaitingListsController],
  providers: [WaitingListsReadModel],
})
export class WaitingListsModule {}
