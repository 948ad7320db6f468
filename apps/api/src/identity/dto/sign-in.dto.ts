import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { PERSON_LIMITS } from '@venskab/domain/people';

export class SignInDto {
  @ApiProperty({ example: 'coordinator', description: 'User name or e-mail, in any case.', maxLength: PERSON_LIMITS.email.maxLength })
  @IsString()
  @Length(1, PERSON_LIMITS.email.maxLength)
  username: string;

  // Not the password rules: those apply when one is chosen; here any text up to the longest allowed.
  @ApiProperty({ example: 'venskab-demo', maxLength: PERSON_LIMITS.password.maxLength })
  @IsString()
  @Length(1, PERSON_LIMITS.password.maxLength)
  password: string;
}
