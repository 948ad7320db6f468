import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { PageQuery } from '../../common/page.query';
import { JOURNEY_STAGES } from '@venskab/domain/journey';

/** Sort keys of the journey list; a leading "-" sorts newest/latest first. */
export const JOURNEY_SORTS = ['referredAt', '-referredAt', 'stageEnteredAt', '-stageEnteredAt', 'nextDueAt', '-nextDueAt'] as const;
export type JourneySort = (typeof JOURNEY_SORTS)[number];

export class ListJourneysQuery extends PageQuery {
  @ApiPropertyOptional({ enum: JOURNEY_STAGES })
  @IsOptional()
  @IsIn(JOURNEY_STAGES)
  stage?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ description: 'Only the children this caseworker referred' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  caseworkerId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 100)
  programme?: string;

  @ApiPropertyOptional({ description: "Free text on non-sensitive fields: the child's label and the caseworker's unit" })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ enum: JOURNEY_SORTS, default: 'referredAt' })
  @IsOptional()
  @IsIn(JOURNEY_SORTS)
  sort: JourneySort = 'referredAt';
}
