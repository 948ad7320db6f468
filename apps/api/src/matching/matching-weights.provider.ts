import { Provider } from '@nestjs/common';
import { DEFAULT_MATCHING_WEIGHTS, MatchingWeights, validateMatchingWeights } from '@venskab/domain/matching';

export const MATCHING_WEIGHTS = Symbol('MATCHING_WEIGHTS');

/** The default weights, counting waiting days in the programme's day (PROGRAMME_DAY_LENGTH_MS shortens it for demonstrations). */
export function matchingWeights(env: NodeJS.ProcessEnv = process.env): MatchingWeights {
  const raw = env.PROGRAMME_DAY_LENGTH_MS;
  const weights = raw ? { ...DEFAULT_MATCHING_WEIGHTS, dayLengthMs: Number(raw) } : DEFAULT_MATCHING_WEIGHTS;
  const problems = validateMatchingWeights(weights);
  if (problems.length > 0) throw new Error(`Invalid matching weights: ${problems.map((problem) => problem.message).join('; ')}`);
  return weights;
}

export const matchingWeightsProvider: Provider = { provide: MATCHING_WEIGHTS, useFactory: () => matchingWeights() };
