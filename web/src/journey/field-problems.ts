import { FieldProblemBody, homeAtPlace, WELLBEING_DIMENSIONS, WELLBEING_SCALE_MAX, WELLBEING_SCALE_MIN } from '../domain';
import { ages, emptyGroups, FieldSpec, FormValues, lines, listItems, midnightUtc, optionsOf } from './command-forms';

export type FieldProblemCode =
  | 'required'
  | 'choose'
  | 'chooseAtLeast'
  | 'tooFew'
  | 'tooMany'
  | 'tooLong'
  | 'itemTooLong'
  | 'notANumber'
  | 'notWholeNumber'
  | 'outOfRange'
  | 'ages'
  | 'inFuture';

/** What is wrong with one field; min and max go into its message (`fieldProblem.<code>`). */
export interface FieldProblem {
  code: FieldProblemCode;
  min?: number;
  max?: number;
}

/**
 * What the server would refuse in these values, found before sending: by the field's path, as the
 * server names it (each dimension of a measurement on its own). Reads the values as commandBody
 * sends them, so the limits apply to what is sent (trimmed, split into items).
 */
export function fieldProblems(fields: FieldSpec[], values: FormValues, now: Date): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  const unsent = emptyGroups(fields, values);
  for (const field of fields) {
    if (field.group && unsent.has(field.group)) continue;
    if (field.kind === 'measurement') {
      for (const dimension of WELLBEING_DIMENSIONS) {
        const key = `${field.name}.${dimension}`;
        const problem = scoreProblem(textOf(values, key));
        if (problem) problems[key] = problem;
      }
      continue;
    }
    const problem = problemOf(field, values, now);
    if (problem) problems[field.name] = problem;
  }
  return problems;
}

function problemOf(field: FieldSpec, values: FormValues, now: Date): FieldProblem | null {
  const text = textOf(values, field.name);
  switch (field.kind) {
    case 'text':
    case 'textarea':
      if (text === '') return field.optional ? null : { code: 'required' };
      return field.maxLength !== undefined && text.length > field.maxLength ? { code: 'tooLong', max: field.maxLength } : null;
    case 'datetime':
      return text === '' ? { code: 'required' } : null;
    case 'date':
      if (text === '' || Number.isNaN(Date.parse(midnightUtc(text)))) return { code: 'required' };
      // As the domain compares: the day's midnight UTC may not lie after now.
      return field.notInFuture && Date.parse(midnightUtc(text)) > now.getTime() ? { code: 'inFuture' } : null;
    case 'number': {
      if (text === '') return { code: 'required' };
      const number = Number(text);
      if (!Number.isFinite(number)) return { code: 'notANumber' };
      if (field.wholeNumber && !Number.isInteger(number)) return { code: 'notWholeNumber' };
      return number < field.min || number > field.max ? { code: 'outOfRange', min: field.min, max: field.max } : null;
    }
    case 'select':
      if (text === '') return field.optional ? null : { code: 'choose' };
      return optionsOf(field).includes(text) ? null : { code: 'choose' };
    case 'choice':
    case 'openConcern':
      return text === '' ? { code: 'choose' } : null;
    case 'place':
      return homeAtPlace(text) ? null : { code: 'choose' };
    case 'multi': {
      const chosen = optionsOf(field).filter((option) => values[`${field.name}.${option}`] === true).length;
      return chosen < (field.minItems ?? 0) ? { code: 'chooseAtLeast', min: field.minItems } : null;
    }
    case 'list':
    case 'adults': {
      const items = field.kind === 'list' ? listItems(text) : lines(text);
      const tooLong = items.some((item) => item.length > field.maxLength);
      return countProblem(items.length, field) ?? (tooLong ? { code: 'itemTooLong', max: field.maxLength } : null);
    }
    case 'ages': {
      const typed = ages(text);
      const allFit = typed.every((age) => Number.isInteger(age) && age >= field.min && age <= field.max);
      return countProblem(typed.length, field) ?? (allFit ? null : { code: 'ages', min: field.min, max: field.max });
    }
    case 'checkbox':
    case 'generatedId':
    case 'measurement':
      return null;
  }
}

function scoreProblem(text: string): FieldProblem | null {
  if (text === '') return { code: 'choose' };
  const score = Number(text);
  return Number.isInteger(score) && score >= WELLBEING_SCALE_MIN && score <= WELLBEING_SCALE_MAX
    ? null
    : { code: 'outOfRange', min: WELLBEING_SCALE_MIN, max: WELLBEING_SCALE_MAX };
}

function countProblem(count: number, limits: { minItems?: number; maxItems: number }): FieldProblem | null {
  if (count < (limits.minItems ?? 0)) return { code: 'tooFew', min: limits.minItems };
  return count > limits.maxItems ? { code: 'tooMany', max: limits.maxItems } : null;
}

function textOf(values: FormValues, key: string): string {
  const value = values[key];
  return typeof value === 'string' ? value.trim() : '';
}

/** A message in the dictionaries: its key and what goes into it. */
export interface MessageKey {
  key: string;
  values: Record<string, unknown>;
}

/**
 * What the server found wrong in a field, as the person's own words: from the rule and its
 * parameters (`fieldRule.<rule>`), never from the server's English sentence. The field itself is
 * named by the form, under which label the message stands.
 */
export function serverProblemMessage(problem: FieldProblemBody): MessageKey {
  return { key: `fieldRule.${problem.rule}`, values: problem.limit === undefined ? {} : { limit: problem.limit } };
}

/**
 * The server's problems that belong under a field: its own and those of the parts within it
 * ("baseline" holds "baseline.coping"), unless the person has changed the field since the answer.
 */
export function serverProblemsOf(problems: Record<string, FieldProblemBody[]>, name: string, changedSince: ReadonlySet<string>): FieldProblemBody[] {
  if (changedSince.has(name)) return [];
  return Object.entries(problems)
    .filter(([field]) => field === name || field.startsWith(`${name}.`))
    .flatMap(([, list]) => list);
}
