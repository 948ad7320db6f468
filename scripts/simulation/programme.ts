import { DEFAULT_JOURNEY_POLICY } from '@venskab/domain/journey';
import type { Actor, JourneyPolicy } from '@venskab/domain/journey';
import { ChildCast, SimulatedJourney, simulateChildJourney } from './child-journey';
import { seededRandom } from './prng';

export interface ProgrammeOptions {
  children: number;
  years: number;
  seed: number;
  /** The simulated "now": referrals spread over the `years` before it; nothing happens after it. */
  endMs: number;
  programme?: string;
  policy?: JourneyPolicy;
}

/** The programme's people: caseworkers in their units, coordinators, and a pool of families (one family per ten children). */
const UNITS = 24;
const CASEWORKERS_PER_UNIT = 8;
const COORDINATORS = 16;
export const SIMULATED_PROGRAMME = 'kbh-venskabsfamilier';

/**
 * The id of the n-th simulated journey: a UUID as the API's journey ids are (so every route takes it),
 * stable for a seed, its second group "5e1a" ("sim") telling it from the random ones the API makes.
 */
export const simulatedJourneyId = (seed: number, index: number): string =>
  `${(seed >>> 0).toString(16).padStart(8, '0')}-5e1a-4000-8000-${index.toString(16).padStart(12, '0')}`;

/**
 * N children referred evenly over Y years (one referral per slot, at a random moment of it), each
 * journey simulated on its own generator forked from the seed, so a seed always gives the same
 * programme and a journey's course does not depend on the ones before it. Yields the journeys in referral order.
 */
export function* simulateProgramme(options: ProgrammeOptions): Generator<SimulatedJourney> {
  const random = seededRandom(options.seed);
  const policy = options.policy ?? DEFAULT_JOURNEY_POLICY;
  const programme = options.programme ?? SIMULATED_PROGRAMME;
  const startMs = options.endMs - options.years * 365 * policy.dayLengthMs;
  const slotMs = (options.endMs - startMs) / options.children;
  const familyPool = Math.max(1, Math.ceil(options.children / 10));
  for (let index = 0; index < options.children; index++) {
    const child = random.fork();
    const unit = child.integer(1, UNITS);
    const caseworker: Actor = { userId: `sim-caseworker-${unit}-${child.integer(1, CASEWORKERS_PER_UNIT)}`, role: 'caseworker' };
    const cast: ChildCast = {
      programme,
      caseworker,
      caseworkerUnit: `BBU ${unit}`,
      coordinator: { userId: `sim-coordinator-${child.integer(1, COORDINATORS)}`, role: 'coordinator' },
      nextFamilyId: () => `sim-family-${options.seed}-${child.integer(1, familyPool)}`,
    };
    const referredAtMs = startMs + (index + child.next()) * slotMs;
    yield simulateChildJourney(child, simulatedJourneyId(options.seed, index), referredAtMs, options.endMs, policy, cast);
  }
}
