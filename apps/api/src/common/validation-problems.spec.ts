import { BadRequestException } from '@nestjs/common';
import { REFERRAL_LIMITS } from '@venskab/domain/journey/field-limits';
import { RecordFriendshipMeetingHeldDto } from '../journeys/dto/journey-command-dtos';
import { ReferChildDto } from '../journeys/dto/refer-child.dto';
import { ProblemValidationPipe } from './validation-problems';

/** The 400's body for a body read into the DTO. */
async function refusalOf(metatype: new () => object, body: unknown): Promise<Record<string, unknown>> {
  try {
    await new ProblemValidationPipe().transform(body, { type: 'body', metatype });
  } catch (error) {
    if (error instanceof BadRequestException) return error.getResponse() as Record<string, unknown>;
    throw error;
  }
  throw new Error('the body was accepted');
}

describe('validation problems as codes with parameters', () => {
  test('a referral names each bad field by its rule and limit, and keeps the English sentences for API users', async () => {
    const body = await refusalOf(ReferChildDto, {
      childLabel: '',
      age: 30,
      situation: 'x'.repeat(REFERRAL_LIMITS.situation.maxLength + 1),
      needs: '',
      interests: ['football'],
      legalBasis: 'SEL §52',
      exclusionCriteriaConfirmedAbsent: true,
      nickname: 'extra',
    });
    expect(body.message).toEqual(expect.arrayContaining(['childLabel must be longer than or equal to 1 characters']));
    expect(body.problems).toEqual(
      expect.arrayContaining([
        { field: 'childLabel', rule: 'minLength', limit: 1 },
        { field: 'age', rule: 'max', limit: REFERRAL_LIMITS.age.maximum },
        { field: 'situation', rule: 'maxLength', limit: REFERRAL_LIMITS.situation.maxLength },
        { field: 'caseworkerUnit', rule: 'required' },
        { field: 'nickname', rule: 'unknownField' },
      ]),
    );
  });

  test('a nested field is named by its path, a vocabulary by its words', async () => {
    const body = await refusalOf(RecordFriendshipMeetingHeldDto, { agreement: { weekday: 'someday', pickUp: 'At school', return: '' } });
    expect(body.problems).toEqual(
      expect.arrayContaining([
        { field: 'agreement.weekday', rule: 'isIn', allowed: expect.arrayContaining(['monday']) },
        { field: 'agreement.return', rule: 'minLength', limit: 1 },
      ]),
    );
  });
});
