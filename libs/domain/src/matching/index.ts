export * from './child-profile';
export * from './family-candidate';
export type { MatchReason, ScoredReason } from './match-reason';
export { suggestMatches } from './suggest-matches';
export type { Suggestion, Exclusion } from './suggest-matches';
export { straightLineKm, travelMinutes } from './travel-time';
export { DEFAULT_MATCHING_WEIGHTS, validateMatchingWeights } from '../policy/matching-policy';
export type { MatchingWeights, TravelModel } from '../policy/matching-policy';
