import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Length } from 'class-validator';

/** A family's application: how to reach them. The domain requires an email or a phone number and says so. */
export class ApplyAsFamilyDto {
  /** What coordinators see in lists, e.g. "Familien Hansen". */
  @ApiProperty({ example: 'Familien Hansen' })
  @IsString()
  @Length(1, 100)
  displayName: string;

  @ApiPropertyOptional({ example: 'hansen@example.dk', description: 'An email or a phone number is needed.' })
  @IsOptional()
  @IsEmail()
  @Length(3, 200)
  email?: string;

  @ApiPropertyOptional({ example: '+45 12 34 56 78' })
  @IsOptional()
  @IsString()
  @Length(3, 40)
  phone?: string;
}
