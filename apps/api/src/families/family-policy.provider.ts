import { Provider } from '@nestjs/common';
import { DEFAULT_FAMILY_POLICY, FamilyPolicy, validateFamilyPolicy } from '@venskab/domain/family';

export const FAMILY_POLICY = Symbol('FAMILY_POLICY');

/**
 * The policy new families start under: the programme's defaults, with the day shortened by
 * PROGRAMME_DAY_LENGTH_MS like the journeys' (for demonstrations); a family keeps the policy it applied under.
 */
export function familyPolicy(env: NodeJS.ProcessEnv = process.env): FamilyPolicy {
  const raw = env.PROGRAMME_DAY_LENGTH_MS;
  const policy = raw ? { ...DEFAULT_FAMILY_POLICY, dayLengthMs: Number(raw) } : DEFAULT_FAMILY_POLICY;
  const problems = validateFamilyPolicy(policy);
  if (problems.length > 0) throw new Error(`Invalid family policy: ${problems.map((problem) => problem.message).join('; ')}`);
  return policy;
}

export const familyPolicyProvider: Provider = { provide: FAMILY_POLICY, useFactory: () => familyPolicy() };
