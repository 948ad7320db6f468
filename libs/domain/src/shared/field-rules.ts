/**
 * The rules a field of a request can break, as the API names them in a 400's `problems` and the UI
 * words them (web/src/i18n, `fieldRule.<rule>`). A small stable vocabulary, so neither side depends
 * on the validator library's own names or English sentences.
 */
export const FIELD_RULES = [
  'required',
  'minLength',
  'maxLength',
  'min',
  'max',
  'isIn',
  'isInt',
  'isNumber',
  'isString',
  'isBoolean',
  'isDate',
  'isEmail',
  'isUuid',
  'isObject',
  'isArray',
  'arrayMinSize',
  'arrayMaxSize',
  'pattern',
  'nested',
  'unknownField',
  'invalid',
] as const;

export type FieldRule = (typeof FIELD_RULES)[number];

/** One broken rule of one field: `limit` for sizes and bounds, `allowed` for a vocabulary. */
export interface FieldProblemBody {
  /** The field's path in the request body, nested ones by dots ("agreement.weekday", "interests.0"). */
  field: string;
  rule: FieldRule;
  limit?: number;
  allowed?: string[];
}
