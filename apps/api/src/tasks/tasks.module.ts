import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TaskRow } from '@venskab/read-model/entities/task-row.entity';
import { TasksController } from './tasks.controller';
import { TasksReadModel } from './tasks.read-model';

@Module({
  imports: [TypeOrmModule.forFeature([TaskRow])],
  controllers: [TasksController],
  providers: [TasksReadModel],
})
export class TasksModule {}
