import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, Matches } from 'class-validator';
import { PERSON_LIMITS, PERSON_ROLES } from '@venskab/domain/people';
import { ENTITY_ID } from '../../common/ids';
import { OneOf, OptionalTextField, TextField } from '../../common/limited-fields';

export class CreatePersonDto {
  @TextField(PERSON_LIMITS.displayName, { example: 'Maria Jensen' })
  displayName: string;

  @OneOf(PERSON_ROLES, { description: 'Who may create whom: see mayCreatePerson in libs/domain/src/people.' })
  role: (typeof PERSON_ROLES)[number];

  @OptionalTextField(PERSON_LIMITS.email, { example: 'maria.jensen@example.dk', description: 'Signs in with it; the invitation is e-mailed here when e-mail is on.' })
  @IsEmail()
  email?: string;

  @OptionalTextField(PERSON_LIMITS.username, { example: 'mjensen', description: 'Letters, digits, dot, dash, underscore; for people without an e-mail.' })
  @Matches(/^[A-Za-z0-9._-]+$/, { message: 'username may hold letters, digits, dots, dashes and underscores only' })
  username?: string;

  @OptionalTextField(PERSON_LIMITS.unit, { example: 'Aarhus Kommune', description: 'A member of staff: the municipality or unit.' })
  unit?: string;

  @ApiPropertyOptional({ description: "A volunteer family's adult (required then): the family." })
  @IsOptional()
  @Matches(ENTITY_ID, { message: 'familyId must be an id (UUID)' })
  familyId?: string;

  @ApiPropertyOptional({ description: "A parent (required then): the journey of the person's child." })
  @IsOptional()
  @Matches(ENTITY_ID, { message: 'journeyId must be an id (UUID)' })
  journeyId?: string;
}
