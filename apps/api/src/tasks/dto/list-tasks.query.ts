import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';
import { PageQuery } from '../../common/page.query';
import { ENTITY_ID } from '../../common/ids';

export const TASK_STATES = ['open', 'done', 'overdue'] as const;
export type TaskState = (typeof TASK_STATES)[number];

export class ListTasksQuery extends PageQuery {
  @ApiPropertyOptional({ enum: TASK_STATES, description: 'overdue: open and past its due time.' })
  @IsOptional()
  @IsIn(TASK_STATES)
  state?: TaskState;

  @ApiPropertyOptional({ format: 'date-time', description: 'Only tasks due before this moment.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  dueBefore?: string;

  @ApiPropertyOptional({ description: "Only this journey's tasks." })
  @IsOptional()
  @Matches(ENTITY_ID, { message: 'journeyId must be a journey id (UUID)' })
  journeyId?: string;
}
