/**
 * The domain's own lists (stages, who may do what, vocabularies, field limits, scales), imported from
 * libs/domain so the UI never keeps a second copy of the rules. Only pure constants are taken: the
 * server still decides.
 */
export { COMMAND_RULES, COMMAND_TYPES } from '@venskab/domain/journey/command-rules';
export type { JourneyCommandType } from '@venskab/domain/journey/commands';
export { JOURNEY_EVENT_TYPES } from '@venskab/domain/journey/event-types';
export { JOURNEY_STAGES, FINAL_STAGES } from '@venskab/domain/journey/stages';
export type { JourneyStage } from '@venskab/domain/journey/stages';
export {
  CANCELLED_BY,
  CLOSURE_REASONS,
  CONCERN_OUTCOMES,
  CONCERN_SOURCES,
  CONSENT_PARTIES,
  FOLLOW_UP_WITH,
  LEGAL_BASES,
  MATCH_SIDES,
  PAUSE_REASONS,
  SESSION_OUTCOMES,
  VISIT_OUTCOMES,
} from '@venskab/domain/journey/vocabulary';
export type { CancelledBy, ConcernOutcome, ConcernSource, VisitOutcome } from '@venskab/domain/journey/vocabulary';
export { JOURNEY_LIMITS, REFERRAL_LIMITS } from '@venskab/domain/journey/field-limits';
export { WELLBEING_DIMENSIONS, WELLBEING_SCALE_MAX, WELLBEING_SCALE_MIN } from '@venskab/domain/journey/wellbeing';
export type { WellbeingMeasurement } from '@venskab/domain/journey/wellbeing';
export { REMINDER_KINDS } from '@venskab/domain/journey/events';
export { TASK_KINDS, WEEKLY_TASK_KINDS } from '@venskab/domain/tasks/task-kinds';
export { DEFAULT_JOURNEY_POLICY } from '@venskab/domain/policy/journey-policy';
export { eligibilityRefusal } from '@venskab/domain/journey/eligibility';
export { CHILD_NEEDS } from '@venskab/domain/family/needs';
export { AFTER_MATCH, NOTE_SENTIMENTS } from '@venskab/domain/family/vocabulary';
export { FAMILY_LIMITS } from '@venskab/domain/family/field-limits';
export { FAMILY_EVENT_TYPES } from '@venskab/domain/family/family-event-types';
export { WEEKDAYS } from '@venskab/domain/shared/time';
export { CITIES_WITH_DISTRICTS, PLACES, homeAtPlace, placeByCode, placeLabel } from '@venskab/domain/places';
export type { Place } from '@venskab/domain/places';
export { exclusionsByRule, nearestExcluded } from '@venskab/domain/matching/exclusion-summary';
export { REFUSAL_CODES } from '@venskab/domain/shared/refusal-codes';
export { API_ERROR_CODES } from '@venskab/domain/shared/api-error-codes';
export { FIELD_RULES } from '@venskab/domain/shared/field-rules';
export type { FieldProblemBody, FieldRule } from '@venskab/domain/shared/field-rules';
export { ROLES } from '@venskab/domain/shared/actor';
export type { Role } from '@venskab/domain/shared/actor';
export { FAMILY_STAGES, LEFT_STAGES, MATCHABLE_STAGES } from '@venskab/domain/family/family-stage';
export type { FamilyStage } from '@venskab/domain/family/family-stage';
export { PERMISSIONS as FAMILY_COMMAND_PERMISSIONS } from '@venskab/domain/family/permissions';
export type { FamilyCommandType } from '@venskab/domain/family/family-commands';
export type { EndedLink, FamilyState } from '@venskab/domain/family/family-state';
export { freeCapacity, waitingSince } from '@venskab/domain/family/family-queries';
export { reviewOpensAt, supervisionSessionCount } from '@venskab/domain/journey/first-year-plan';
export { NOTIFICATION_KINDS } from '@venskab/domain/notifications/notification-kinds';
