/** When questionnaires are sent and how long they wait for an answer (all ours: the sources give no figures). */
export interface QuestionnairePolicy {
  /** Days a questionnaire can be answered after it was sent; then it is recorded as not answered in time. */
  answerWindowDays: number;
  /** Days between reminders to the person asked, while the questionnaire is open. */
  reminderIntervalDays: number;
  /** Days between the friendship family's questionnaires while the course runs (every half year). */
  familyIntervalDays: number;
}

export const DEFAULT_QUESTIONNAIRE_POLICY: QuestionnairePolicy = {
  answerWindowDays: 30,
  reminderIntervalDays: 7,
  familyIntervalDays: 182,
};
