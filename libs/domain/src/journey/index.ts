export * from '../shared';
export * from '../policy/journey-policy';
export { JOURNEY_STAGES, FINAL_STAGES, VISITING_STAGES, isFinalStage } from './stages';
export type { JourneyStage } from './stages';
export * from './vocabulary';
export * from './wellbeing';
export * from './matching-profile';
export * from './commands';
export * from './events';
export type {
  JourneyState,
  JourneyTask,
  Referral,
  ConsentRecord,
  MeasurementRecord,
  MatchProposal,
  Match,
  LogbookEntry,
  Cancellation,
  Pause,
  StabilityAlert,
  SessionRecord,
  FollowUpRecord,
  Concern,
  ReviewRecord,
  ClosureRecord,
  PostEndMeasurement,
} from './state';
export { initialJourneyState } from './state';
export { COMMAND_RULES, COMMAND_TYPES as JOURNEY_COMMAND_TYPES } from './command-rules';
export { decide } from './decide';
export { evolve } from './evolve';
export { replayJourney } from './replay';
export { eventsDueByTime, nextWakeUp } from './timers';
export type { PendingTimer } from './timers';
export { schedule } from './schedule';
export type { ScheduleItem } from './schedule';
export { isJourneyFinished } from './finish';
export { isMilestone } from './milestones';
export { allowedCommands } from './allowed-commands';
export { caseworkerView } from './caseworker-view';
export type { CaseworkerJourneyView, SharedMilestone } from './caseworker-view';
export { endedFamilyJourneyView, familyJourneyView } from './family-view';
export type { FamilyJourneyView, FamilyLogbookWeek, FamilySupervision, FamilyVisitWeek } from './family-view';
export { familyMessagesFor, releaseUnusedPlace, journeySystemActor } from './family-messages';
export type { FamilyMessage } from './family-messages';
export { journeyNotificationsFor } from './notifications';
