/**
 * The wellbeing measurement taken before (screening), after (one-year review) and six months
 * after the end: six dimensions, each on a 1–4 scale (the 2017 Rambøll evaluation's instrument).
 */
export const WELLBEING_DIMENSIONS = [
  'psychological',
  'relational',
  'socialCompetences',
  'coping',
  'selfPerception',
  'school',
] as const;

export type WellbeingDimension = (typeof WELLBEING_DIMENSIONS)[number];

export type WellbeingMeasurement = Record<WellbeingDimension, number>;

export const WELLBEING_SCALE_MIN = 1;
export const WELLBEING_SCALE_MAX = 4;

/** The dimensions whose score is missing or not a whole number from 1 to 4. */
export function invalidWellbeingDimensions(measurement: unknown): WellbeingDimension[] {
  const scores = (typeof measurement === 'object' && measurement !== null ? measurement : {}) as Record<string, unknown>;
  return WELLBEING_DIMENSIONS.filter((dimension) => {
    const score = scores[dimension];
    return !(typeof score === 'number' && Number.isInteger(score) && score >= WELLBEING_SCALE_MIN && score <= WELLBEING_SCALE_MAX);
  });
}
