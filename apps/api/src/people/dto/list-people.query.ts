import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { PERSON_ROLES } from '@venskab/domain/people';
import { ENTITY_ID } from '../../common/ids';

export class ListPeopleQuery {
  @ApiPropertyOptional({ enum: PERSON_ROLES })
  @IsOptional()
  @IsIn(PERSON_ROLES)
  role?: (typeof PERSON_ROLES)[number];

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(ENTITY_ID, { message: 'familyId must be an id (UUID)' })
  familyId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(ENTITY_ID, { message: 'journeyId must be an id (UUID)' })
  journeyId?: string;
}
