import { BadRequestException, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage, ValidationError } from 'class-validator';
import type { FieldProblemBody, FieldRule } from '@venskab/domain/shared';

/** class-validator's constraint keys → the rules the API names (FIELD_RULES); any other key is 'invalid'. */
const RULE_OF_CONSTRAINT: Record<string, FieldRule> = {
  isDefined: 'required',
  isNotEmpty: 'required',
  arrayNotEmpty: 'arrayMinSize',
  minLength: 'minLength',
  maxLength: 'maxLength',
  min: 'min',
  max: 'max',
  isIn: 'isIn',
  isEnum: 'isIn',
  isInt: 'isInt',
  isNumber: 'isNumber',
  isString: 'isString',
  isBoolean: 'isBoolean',
  isDate: 'isDate',
  isDateString: 'isDate',
  isIso8601: 'isDate',
  isEmail: 'isEmail',
  isUuid: 'isUuid',
  isObject: 'isObject',
  isArray: 'isArray',
  arrayMinSize: 'arrayMinSize',
  arrayMaxSize: 'arrayMaxSize',
  matches: 'pattern',
  nestedValidation: 'nested',
  whitelistValidation: 'unknownField',
};

/** The arguments the decorator was given (e.g. Length(1, 80) → [1, 80]), found by the class the value was read into. */
function constraintsOf(error: ValidationError, key: string): unknown[] {
  const target = error.target as object | undefined;
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((candidate) => candidate.propertyName === error.property && (candidate.name ?? candidate.type) === key);
  return metadata?.constraints ?? [];
}

function lengths(value: unknown): number[] {
  return (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string').map((item) => item.length);
}

function problemOf(field: string, error: ValidationError, key: string): FieldProblemBody {
  const constraints = constraintsOf(error, key);
  const limitAt = (index: number) => (typeof constraints[index] === 'number' ? { limit: constraints[index] } : {});
  if (key === 'isLength') {
    const [min, max] = constraints as [number | undefined, number | undefined];
    const tooShort = min !== undefined && lengths(error.value).some((length) => length < min);
    return tooShort ? { field, rule: 'minLength', limit: min } : { field, rule: 'maxLength', ...(max === undefined ? {} : { limit: max }) };
  }
  const rule = RULE_OF_CONSTRAINT[key.charAt(0).toLowerCase() + key.slice(1)] ?? 'invalid';
  if (rule === 'isIn') {
    const words = key === 'isEnum' ? constraints[1] : constraints[0];
    return { field, rule, ...(Array.isArray(words) ? { allowed: words.map(String) } : {}) };
  }
  if (['minLength', 'maxLength', 'min', 'max', 'arrayMinSize', 'arrayMaxSize'].includes(rule)) return { field, rule, ...limitAt(0) };
  return { field, rule };
}

/**
 * Every broken rule as a code with its parameters, by the field's path. A missing value breaks one
 * rule only (it is required), not every check its value would have had to pass.
 */
export function fieldProblemsOf(errors: ValidationError[], parentPath = ''): FieldProblemBody[] {
  return errors.flatMap((error) => {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;
    const keys = Object.keys(error.constraints ?? {});
    const missing = keys.length > 0 && (error.value === undefined || error.value === null) && !keys.includes('whitelistValidation');
    const own: FieldProblemBody[] = missing ? [{ field, rule: 'required' }] : keys.map((key) => problemOf(field, error, key));
    return [...own, ...fieldProblemsOf(error.children ?? [], field)];
  });
}

/**
 * The global validation: unknown fields refused, values turned into the DTO's types. A 400 names every
 * bad field twice: in English sentences as before (`message`, e.g. "baseline.coping must not be greater
 * than 4") and as codes with parameters (`problems`) that a client words in its person's language.
 */
export class ProblemValidationPipe extends ValidationPipe {
  constructor() {
    // The target lets the problems find a decorator's arguments; it is never sent.
    super({ whitelist: true, forbidNonWhitelisted: true, transform: true, validationError: { target: true } });
  }

  override createExceptionFactory() {
    const english = super.createExceptionFactory();
    return (errors: ValidationError[] = []) => {
      const body = (english(errors) as BadRequestException).getResponse() as Record<string, unknown>;
      // The same budget as the sentences, so a deeply nested payload cannot make the answer grow without end.
      const problems = fieldProblemsOf(this.limitValidationErrors(errors, { remaining: this.maxErrorMessagesLength, isExceeded: false }));
      return new BadRequestException({ ...body, problems });
    };
  }
}
