import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import type { FieldLimit } from '@venskab/domain/shared';

/*
 * Property decorators that take a field's limits or words from the domain (libs/domain's
 * *_LIMITS and vocabularies) and apply them twice: as the class-validator check and in the
 * OpenAPI document, so the two cannot disagree.
 */

/** What the OpenAPI document says about a field besides its limits. */
interface Docs {
  description?: string;
  example?: unknown;
}

type TextLimit = Pick<FieldLimit, 'minLength'> & { maxLength: number };
type NumberRange = Pick<FieldLimit, 'minimum' | 'maximum'>;
type ListLimit = Pick<FieldLimit, 'minItems'> & { maxItems: number };
type TextListLimit = ListLimit & { items: { minLength: number; maxLength: number } };

/** The limit's own numbers only: OpenAPI gets no keys for limits a field does not have. */
function given<T extends object>(limit: T): Partial<T> {
  return Object.fromEntries(Object.entries(limit).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function textDocs(limit: TextLimit): Partial<TextLimit> {
  return given({ minLength: limit.minLength, maxLength: limit.maxLength });
}

function textChecks(limit: TextLimit): PropertyDecorator[] {
  const length = limit.minLength === undefined ? MaxLength(limit.maxLength) : Length(limit.minLength, limit.maxLength);
  return [IsString(), length];
}

function rangeDocs(range: NumberRange): NumberRange {
  return given({ minimum: range.minimum, maximum: range.maximum });
}

function rangeChecks(range: NumberRange): PropertyDecorator[] {
  return [...(range.minimum === undefined ? [] : [Min(range.minimum)]), ...(range.maximum === undefined ? [] : [Max(range.maximum)])];
}

function listDocs(limit: ListLimit): Partial<ListLimit> {
  return given({ minItems: limit.minItems, maxItems: limit.maxItems });
}

function listChecks(limit: ListLimit): PropertyDecorator[] {
  return [IsArray(), ...(limit.minItems === undefined ? [] : [ArrayMinSize(limit.minItems)]), ArrayMaxSize(limit.maxItems)];
}

/**
 * An optional field may be left out, not sent as null: the OpenAPI document gives its type without
 * null (class-validator's IsOptional would let null through as if the field were absent).
 */
export const MayBeLeftOut = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

export function TextField(limit: TextLimit, docs: Docs = {}): PropertyDecorator {
  return applyDecorators(ApiProperty({ ...docs, ...textDocs(limit) }), ...textChecks(limit));
}

export function OptionalTextField(limit: TextLimit, docs: Docs = {}): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional({ ...docs, ...textDocs(limit) }), MayBeLeftOut(), ...textChecks(limit));
}

/** One word of a vocabulary. */
export function OneOf(words: readonly string[], docs: Docs = {}): PropertyDecorator {
  return applyDecorators(ApiProperty({ ...docs, enum: words }), IsIn(words));
}

export function OptionalOneOf(words: readonly string[], docs: Docs = {}): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional({ ...docs, enum: words }), MayBeLeftOut(), IsIn(words));
}

/** Several words of a vocabulary. */
export function SomeOf(words: readonly string[], limit: ListLimit, docs: Docs = {}): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ ...docs, enum: words, isArray: true, ...listDocs(limit) }),
    ...listChecks(limit),
    IsIn(words, { each: true }),
  );
}

export function WholeNumber(range: NumberRange, docs: Docs = {}): PropertyDecorator {
  return applyDecorators(ApiProperty({ ...docs, type: 'integer', ...rangeDocs(range) }), IsInt(), ...rangeChecks(range));
}

export function OptionalWholeNumber(range: NumberRange, docs: Docs = {}): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional({ ...docs, type: 'integer', ...rangeDocs(range) }), MayBeLeftOut(), IsInt(), ...rangeChecks(range));
}

/** A number that may have decimals, such as a coordinate. */
export function DecimalNumber(range: Required<NumberRange>, docs: Docs = {}): PropertyDecorator {
  return applyDecorators(ApiProperty({ ...docs, minimum: range.minimum, maximum: range.maximum }), IsNumber(), ...rangeChecks(range));
}

/** A list of short texts, such as interests or pets. */
export function TextList(limit: TextListLimit, docs: Docs = {}): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ ...docs, type: 'array', items: { type: 'string', ...limit.items }, ...listDocs(limit) }),
    ...listChecks(limit),
    IsString({ each: true }),
    Length(limit.items.minLength, limit.items.maxLength, { each: true }),
  );
}
