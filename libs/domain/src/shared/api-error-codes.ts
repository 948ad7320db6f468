/**
 * The codes of the errors the API answers by itself, beside the domain's refusals (REFUSAL_CODES).
 * Kept next to those because the UI translates both alike (web/src/i18n, checked by a test); a new
 * code must be added here before the API compiles.
 */
export const API_ERROR_CODES = [
  // Signing in.
  'missing_token',
  'invalid_token',
  'wrong_credentials',
  'demo_accounts_off',
  'forbidden',
  'session_ended',
  'too_many_attempts',
  'staff_sign_in_at_issuer',
  // Invitations and people.
  'invitation_unknown',
  'invitation_expired',
  'invitation_used',
  'person_not_found',
  'person_exists',
  // What the request names does not exist.
  'journey_not_found',
  'family_not_found',
  'task_not_found',
  'notification_not_found',
  // Refused by the API itself rather than by a workflow.
  'family.left_programme',
  'matching.journey_not_waiting',
  'matching.child_home_unknown',
  'task.already_done',
  'task.closed_by_action',
  'history_incomplete',
  // The request cannot be read.
  'validation_failed',
  'unknown_command',
  'malformed_command',
  'unsupported_media_type',
  'body_not_json_object',
  'body_unreadable',
  // A role the domain never lets send the command.
  'command_not_for_role',
  // By status alone, when no more specific code is known.
  'bad_request',
  'unauthorized',
  'not_found',
  'conflict',
  'payload_too_large',
  'internal_error',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** The body of such an error: the code, what went wrong in words, and for some the action that would help. */
export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string | string[];
  action?: string;
}
