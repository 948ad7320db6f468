/**
 * Custom search attributes for listing journeys in Temporal. Never personal data: search
 * attributes are stored unencrypted and are visible to anyone with namespace access.
 */
export const SEARCH_ATTRIBUTES = {
  stage: { name: 'VenskabStage', type: 'Keyword' },
  programme: { name: 'VenskabProgramme', type: 'Keyword' },
  nextDueAt: { name: 'VenskabNextDueAt', type: 'Datetime' },
  overdue: { name: 'VenskabOverdue', type: 'Bool' },
  caseworkerUnit: { name: 'VenskabCaseworkerUnit', type: 'Keyword' },
} as const;
