/**
 * Something wrong in a programme setting (a policy or matching weights read from configuration).
 * Not a refusal: the service stops at start with the message, so the code is not translated.
 */
export interface SettingProblem {
  code: string;
  message: string;
}
