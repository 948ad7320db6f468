import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { ELIGIBLE_LEGAL_BASES } from '@venskab/domain/journey';
import { REFERRAL_LIMITS } from '@venskab/domain/journey/field-limits';
import { TextField, TextList, WholeNumber } from '../../common/limited-fields';

/** A caseworker's referral. Eligibility (age range, legal basis, exclusions) is judged by the domain, not here. */
export class ReferChildDto {
  /** Initials or another non-identifying label for lists. */
  @TextField(REFERRAL_LIMITS.childLabel, { example: 'M.K.', description: 'Initials or another non-identifying label for lists.' })
  childLabel: string;

  @WholeNumber(REFERRAL_LIMITS.age, { example: 8, description: 'Eligibility (the programme range) is judged by the domain.' })
  age: number;

  @TextField(REFERRAL_LIMITS.situation, { example: 'Lives with mother and two siblings; few adults around outside school.' })
  situation: string;

  @TextField(REFERRAL_LIMITS.needs, { example: 'Calm, predictable adults.' })
  needs: string;

  @TextList(REFERRAL_LIMITS.interests, { example: ['football', 'drawing'] })
  interests: string[];

  @TextField(REFERRAL_LIMITS.legalBasis, {
    example: 'barnets-lov-32',
    description: `The legal basis of the current preventive measure; the programme's policy says which are eligible (by default ${ELIGIBLE_LEGAL_BASES.join(', ')}).`,
  })
  legalBasis: string;

  @ApiProperty({ description: 'Not severely externalising, severely psychiatrically ill, suicidal or self-harming.' })
  @IsBoolean()
  exclusionCriteriaConfirmedAbsent: boolean;

  @TextField(REFERRAL_LIMITS.caseworkerUnit, { example: 'bbu-north' })
  caseworkerUnit: string;
}
