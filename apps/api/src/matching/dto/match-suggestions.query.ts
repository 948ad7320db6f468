import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsNumber, IsOptional, IsString, Length, Max, Min, ValidateIf } from 'class-validator';
import { CHILD_NEEDS } from '@venskab/domain/family';
import { JOURNEY_LIMITS, REFERRAL_LIMITS } from '@venskab/domain/journey/field-limits';
import { PLACE_CODES } from '@venskab/domain/places';
import { COORDINATE_LIMITS, WEEKDAYS } from '@venskab/domain/shared';

const { lat, lon } = COORDINATE_LIMITS;
const { weekdaysPossible, needs } = JOURNEY_LIMITS;
const { interests } = REFERRAL_LIMITS;

/** "tuesday,thursday" or repeated parameters, as a list. */
function commaSeparated({ value }: { value: unknown }): unknown {
  if (typeof value === 'string') return value.split(',').map((item) => item.trim()).filter((item) => item !== '');
  return value;
}

/** A home is a pair: once one coordinate is given, both are required. */
function eitherCoordinateGiven(query: MatchSuggestionsQuery): boolean {
  return query.lat !== undefined || query.lon !== undefined;
}

/**
 * What matching needs about the child that the referral does not hold: where the child lives
 * (transport time decides whether a weekly pick-up is practical), the weekdays the child can visit,
 * the child's needs as the fixed codes families answered at their home visit (the referral
 * describes needs in free text), and the child's interests. All optional: the coordinator usually records them at the screening
 * visit, and the query then only overrides them (e.g. to try another weekday).
 */
export class MatchSuggestionsQuery {
  @ApiPropertyOptional({ enum: PLACE_CODES, example: '0101-norrebro', description: "Where the child lives, as a place of the domain's table; the API derives the coordinates. Used instead of lat and lon." })
  @IsOptional()
  @IsIn(PLACE_CODES)
  place?: string;

  @ApiPropertyOptional({ ...lat, description: "Where the child lives (with lon); default: the screening visit's record." })
  @ValidateIf(eitherCoordinateGiven)
  @Type(() => Number)
  @IsNumber()
  @Min(lat.minimum)
  @Max(lat.maximum)
  lat?: number;

  @ApiPropertyOptional({ ...lon, description: 'With lat.' })
  @ValidateIf(eitherCoordinateGiven)
  @Type(() => Number)
  @IsNumber()
  @Min(lon.minimum)
  @Max(lon.maximum)
  lon?: number;

  @ApiPropertyOptional({ description: "Comma-separated: the weekdays the child can visit; default: the screening visit's record.", example: 'tuesday,thursday' })
  @IsOptional()
  @Transform(commaSeparated)
  @IsArray()
  @ArrayMinSize(weekdaysPossible.minItems)
  @ArrayMaxSize(weekdaysPossible.maxItems)
  @IsIn(WEEKDAYS, { each: true })
  weekdays?: string[];

  @ApiPropertyOptional({ description: `Comma-separated codes: ${CHILD_NEEDS.join(', ')}; default: the screening visit's record, else none.` })
  @IsOptional()
  @Transform(commaSeparated)
  @IsArray()
  @ArrayMaxSize(needs.maxItems)
  @IsIn(CHILD_NEEDS, { each: true })
  needs?: string[];

  @ApiPropertyOptional({ description: "Comma-separated: the child's interests, to find shared ones; default: the referral's.", example: 'football,drawing' })
  @IsOptional()
  @Transform(commaSeparated)
  @IsArray()
  @ArrayMaxSize(interests.maxItems)
  @IsString({ each: true })
  @Length(interests.items.minLength, interests.items.maxLength, { each: true })
  interests?: string[];
}
