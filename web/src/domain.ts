/**
 * The domain's own lists (stages, who may do what, vocabularies, field limits, scales), imported from
 * libs/domain so the UI never keeps a second copy of the rules. Only pure constants are taken: the
 * server still decides.
 */
export { COMMAND_RULES, COMMAND_TYPES } from '../../libs/domain/src/journey/command-rules';
export type { JourneyCommandType } from '../../libs/domain/src/journey/commands';
export { JOURNEY_EVENT_TYPES } from '../../libs/domain/src/journey/event-types';
export { JOURNEY_STAGES, FINAL_STAGES } from '../../libs/domain/src/journey/stages';
export type { JourneyStage } from '../../libs/domain/src/journey/stages';
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
} from '../../libs/domain/src/journey/vocabulary';
export type { CancelledBy, ConcernOutcome, ConcernSource, VisitOutcome } from '../../libs/domain/src/journey/vocabulary';
export { JOURNEY_LIMITS, REFERRAL_LIMITS } from '../../libs/domain/src/journey/field-limits';
export { WELLBEING_DIMENSIONS, WELLBEING_SCALE_MAX, WELLBEING_SCALE_MIN } from '../../libs/domain/src/journey/wellbeing';
export type { WellbeingMeasurement } from '../../libs/domain/src/journey/wellbeing';
export { REMINDER_KINDS } from '../../libs/domain/src/journey/events';
export { TASK_KINDS } from '../../libs/domain/src/tasks/task-kinds';
export { DEFAULT_JOURNEY_POLICY } from '../../libs/domain/src/policy/journey-policy';
export { eligibilityRefusal } from '../../libs/domain/src/journey/eligibility';
export { CHILD_NEEDS } from '../../libs/domain/src/family/needs';
export { AFTER_MATCH, NOTE_SENTIMENTS } from '../../libs/domain/src/family/vocabulary';
export { FAMILY_LIMITS } from '../../libs/domain/src/family/field-limits';
export { FAMILY_EVENT_TYPES } from '../../libs/domain/src/family/family-event-types';
export { WEEKDAYS } from '../../libs/domain/src/shared/time';
export { COORDINATE_LIMITS } from '../../libs/domain/src/shared/field-limits';
export { REFUSAL_CODES } from '../../libs/domain/src/shared/refusal-codes';
export { ROLES } from '../../libs/domain/src/shared/actor';
export type { Role } from '../../libs/domain/src/shared/actor';
export { FAMILY_STAGES, LEFT_STAGES, MATCHABLE_STAGES } from '../../libs/domain/src/family/family-stage';
export type { FamilyStage } from '../../libs/domain/src/family/family-stage';
export { PERMISSIONS as FAMILY_COMMAND_PERMISSIONS } from '../../libs/domain/src/family/permissions';
export type { FamilyCommandType } from '../../libs/domain/src/family/family-commands';
export type { EndedLink, FamilyState } from '../../libs/domain/src/family/family-state';
export { freeCapacity, waitingSince } from '../../libs/domain/src/family/family-queries';
export { supervisionSessionCount } from '../../libs/domain/src/journey/first-year-plan';
