import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsNumber, IsOptional, Max, Min } from 'class-validator';
import { CHILD_NEEDS } from '../../../../../libs/domain/src/family';
import { WEEKDAYS } from '../../../../../libs/domain/src/shared';

/** "tuesday,thursday" or repeated parameters, as a list. */
function commaSeparated({ value }: { value: unknown }): unknown {
  if (typeof value === 'string') return value.split(',').map((item) => item.trim()).filter((item) => item !== '');
  return value;
}

/**
 * What matching needs about the child that the referral does not hold: where the child lives
 * (transport time decides whether a weekly pick-up is practical), the weekdays the child can visit,
 * and the child's needs as the fixed codes families answered at their home visit (the referral
 * describes needs in free text).
 */
export class MatchSuggestionsQuery {
  @ApiProperty({ minimum: -90, maximum: 90, description: 'Where the child lives.' })
  @Type(() => Number)
  @IsNumber()
  @Min(-90)
  @Max(90)
  lat: number;

  @ApiProperty({ minimum: -180, maximum: 180 })
  @Type(() => Number)
  @IsNumber()
  @Min(-180)
  @Max(180)
  lon: number;

  @ApiProperty({ description: 'Comma-separated: the weekdays the child can visit.', example: 'tuesday,thursday' })
  @Transform(commaSeparated)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @IsIn(WEEKDAYS, { each: true })
  weekdays: string[];

  @ApiPropertyOptional({ description: `Comma-separated codes: ${CHILD_NEEDS.join(', ')}.` })
  @IsOptional()
  @Transform(commaSeparated)
  @IsArray()
  @ArrayMaxSize(CHILD_NEEDS.length)
  @IsIn(CHILD_NEEDS, { each: true })
  needs: string[] = [];
}
