import { Provider } from '@nestjs/common';
import { DEFAULT_JOURNEY_POLICY, JourneyPolicy, validateJourneyPolicy } from '@venskab/domain/journey';

export const PROGRAMME_POLICY = Symbol('PROGRAMME_POLICY');

/**
 * The policy new journeys start under: the programme's defaults. PROGRAMME_DAY_LENGTH_MS shortens
 * the day for demonstrations (a week in seconds); a journey keeps the policy it started with.
 */
export function programmePolicy(env: NodeJS.ProcessEnv = process.env): JourneyPolicy {
  const raw = env.PROGRAMME_DAY_LENGTH_MS;
  const policy = raw ? { ...DEFAULT_JOURNEY_POLICY, dayLengthMs: Number(raw) } : DEFAULT_JOURNEY_POLICY;
  const problems = validateJourneyPolicy(policy);
  if (problems.length > 0) throw new Error(`Invalid programme policy: ${problems.map((problem) => problem.message).join('; ')}`);
  return policy;
}

export const programmePolicyProvider: Provider = { provide: PROGRAMME_POLICY, useFactory: () => programmePolicy() };
