/**
 * The limits of one field, named as OpenAPI names them, so the API's checks, its OpenAPI document
 * and the UI's forms all read the same numbers from the domain.
 */
export interface FieldLimit {
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  /** For a list of texts: the length of each text. */
  items?: { minLength: number; maxLength: number };
}

/** A home as latitude and longitude, for families and children alike. */
export const COORDINATE_LIMITS = {
  lat: { minimum: -90, maximum: 90 },
  lon: { minimum: -180, maximum: 180 },
} as const satisfies Record<string, FieldLimit>;

/** Whether a value is a finite number from the range's minimum to its maximum. */
export function isWithin(value: unknown, range: { minimum: number; maximum: number }): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= range.minimum && value <= range.maximum;
}
