import { IsEmail } from 'class-validator';
import { FAMILY_LIMITS } from '@venskab/domain/family/field-limits';
import { OptionalTextField, TextField } from '../../common/limited-fields';

/** A family's application: how to reach them. The domain requires an email or a phone number and says so. */
export class ApplyAsFamilyDto {
  /** What coordinators see in lists, e.g. "Familien Hansen". */
  @TextField(FAMILY_LIMITS.displayName, { example: 'Familien Hansen' })
  displayName: string;

  @OptionalTextField(FAMILY_LIMITS.email, { example: 'hansen@example.dk', description: 'An email or a phone number is needed.' })
  @IsEmail()
  email?: string;

  @OptionalTextField(FAMILY_LIMITS.phone, { example: '+45 12 34 56 78' })
  phone?: string;
}
