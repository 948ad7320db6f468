import {
  AFTER_MATCH,
  CANCELLED_BY,
  CHILD_NEEDS,
  CLOSURE_REASONS,
  CONCERN_OUTCOMES,
  CONCERN_SOURCES,
  CONSENT_PARTIES,
  FOLLOW_UP_WITH,
  LEGAL_BASES,
  MATCH_SIDES,
  NOTE_SENTIMENTS,
  PAUSE_REASONS,
  SESSION_OUTCOMES,
  VISIT_OUTCOMES,
  WEEKDAYS,
} from './domain';

/**
 * The domain's vocabularies by the name their texts sit under: the word `value` of set `name` is
 * shown as the translation `option.<name>.<value>`.
 */
export const OPTION_SETS = {
  consentParty: CONSENT_PARTIES,
  side: MATCH_SIDES,
  weekday: WEEKDAYS,
  pauseReason: PAUSE_REASONS,
  sessionOutcome: SESSION_OUTCOMES,
  followUpWith: FOLLOW_UP_WITH,
  concernSource: CONCERN_SOURCES,
  concernOutcome: CONCERN_OUTCOMES,
  closureReason: CLOSURE_REASONS,
  visit: VISIT_OUTCOMES,
  cancelledBy: CANCELLED_BY,
  legalBasis: LEGAL_BASES,
  need: CHILD_NEEDS,
  sentiment: NOTE_SENTIMENTS,
  afterMatch: AFTER_MATCH,
} as const;

export type OptionSet = keyof typeof OPTION_SETS;
