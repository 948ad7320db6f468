import { PERSON_LIMITS } from '@venskab/domain/people';
import { TextField } from '../../common/limited-fields';

export class AcceptInvitationDto {
  @TextField(PERSON_LIMITS.password, { description: 'The password the person chooses.' })
  password: string;
}
