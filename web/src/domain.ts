/**
 * The domain's own lists (stages, who may do what, scales), imported from libs/domain so the UI
 * never keeps a second copy of the rules. Only pure constants are taken: the server still decides.
 */
export { COMMAND_RULES, COMMAND_TYPES } from '../../libs/domain/src/journey/command-rules';
export type { JourneyCommandType } from '../../libs/domain/src/journey/commands';
export { JOURNEY_STAGES, FINAL_STAGES } from '../../libs/domain/src/journey/stages';
export type { JourneyStage } from '../../libs/domain/src/journey/stages';
export { CLOSURE_REASONS, CONCERN_OUTCOMES } from '../../libs/domain/src/journey/vocabulary';
export { WELLBEING_DIMENSIONS, WELLBEING_SCALE_MAX, WELLBEING_SCALE_MIN } from '../../libs/domain/src/journey/wellbeing';
export type { WellbeingMeasurement } from '../../libs/domain/src/journey/wellbeing';
export { REMINDER_KINDS } from '../../libs/domain/src/journey/events';
export { DEFAULT_JOURNEY_POLICY } from '../../libs/domain/src/policy/journey-policy';
export { eligibilityRefusal } from '../../libs/domain/src/journey/eligibility';
export { CHILD_NEEDS } from '../../libs/domain/src/family/needs';
export { WEEKDAYS } from '../../libs/domain/src/shared/time';
export type { Role } from '../../libs/domain/src/shared/actor';
export { FAMILY_STAGES, LEFT_STAGES, MATCHABLE_STAGES } from '../../libs/domain/src/family/family-stage';
export type { FamilyStage } from '../../libs/domain/src/family/family-stage';
export { PERMISSIONS as FAMILY_COMMAND_PERMISSIONS } from '../../libs/domain/src/family/permissions';
export type { FamilyCommandType } from '../../libs/domain/src/family/family-commands';
export type { EndedLink, FamilyState } from '../../libs/domain/src/family/family-state';
export { freeCapacity, waitingSince } from '../../libs/domain/src/family/family-queries';
export { supervisionSessionCount } from '../../libs/domain/src/journey/first-year-plan';
