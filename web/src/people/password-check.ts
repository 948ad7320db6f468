import { PERSON_LIMITS } from '@venskab/domain/people/people-rules';

export const PASSWORD_LIMITS = PERSON_LIMITS.password;

/** What is wrong with a chosen password while it is typed, as translation keys with their values; empty when it may be sent. */
export function passwordProblems(password: string, repeated: string): { key: string; values?: Record<string, number> }[] {
  const problems: { key: string; values?: Record<string, number> }[] = [];
  const length = [...password].length;
  if (length < PASSWORD_LIMITS.minLength) problems.push({ key: 'invitation.tooShort', values: { min: PASSWORD_LIMITS.minLength, missing: PASSWORD_LIMITS.minLength - length } });
  if (length > PASSWORD_LIMITS.maxLength) problems.push({ key: 'invitation.tooLong', values: { max: PASSWORD_LIMITS.maxLength } });
  if (repeated !== password) problems.push({ key: 'invitation.notSame' });
  return problems;
}
