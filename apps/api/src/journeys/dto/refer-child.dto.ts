import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsString, Length, Max, Min } from 'class-validator';

/** A caseworker's referral. Eligibility (age range, legal basis, exclusions) is judged by the domain, not here. */
export class ReferChildDto {
  /** Initials or another non-identifying label for lists. */
  @ApiProperty({ example: 'M.K.', description: 'Initials or another non-identifying label for lists.' })
  @IsString()
  @Length(1, 40)
  childLabel: string;

  @ApiProperty({ minimum: 0, maximum: 25, example: 8, description: 'Eligibility (the programme range) is judged by the domain.' })
  @IsInt()
  @Min(0)
  @Max(25)
  age: number;

  @ApiProperty({ example: 'Lives with mother and two siblings; few adults around outside school.' })
  @IsString()
  @Length(1, 2000)
  situation: string;

  @ApiProperty({ example: 'Calm, predictable adults.' })
  @IsString()
  @Length(0, 2000)
  needs: string;

  @ApiProperty({ type: [String], example: ['football', 'drawing'] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 60, { each: true })
  interests: string[];

  @ApiProperty({ example: 'barnets-lov-32', description: 'The legal basis of the current preventive measure.' })
  @IsString()
  @Length(1, 60)
  legalBasis: string;

  @ApiProperty({ description: 'Not severely externalising, severely psychiatrically ill, suicidal or self-harming.' })
  @IsBoolean()
  exclusionCriteriaConfirmedAbsent: boolean;

  @ApiProperty({ example: 'bbu-north' })
  @IsString()
  @Length(1, 100)
  caseworkerUnit: string;
}
