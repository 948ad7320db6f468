/**
 * The answer scales the questionnaires use. Each answer is a whole number on its scale; `positiveFrom`
 * is the lowest answer a success criterion counts as positive ("much" or "very much", "agree" or
 * "strongly agree", "yes").
 */
export const ANSWER_SCALES = {
  /** The child's wellbeing per dimension (the 2017 evaluation's 1–4 scale). */
  wellbeing: { min: 1, max: 4, positiveFrom: 3 },
  /** How much something mattered: not at all, a little, much, very much (the Hjem til Os parents' survey). */
  effect: { min: 1, max: 4, positiveFrom: 3 },
  /** Strongly disagree … strongly agree. */
  agreement: { min: 1, max: 5, positiveFrom: 4 },
  /** No (0) or yes (1). */
  yesNo: { min: 0, max: 1, positiveFrom: 1 },
} as const;

export type AnswerScaleName = keyof typeof ANSWER_SCALES;
export const ANSWER_SCALE_NAMES = Object.keys(ANSWER_SCALES) as AnswerScaleName[];

export function isOnScale(scale: AnswerScaleName, answer: unknown): answer is number {
  const { min, max } = ANSWER_SCALES[scale];
  return typeof answer === 'number' && Number.isInteger(answer) && answer >= min && answer <= max;
}

export function isPositive(scale: AnswerScaleName, answer: number): boolean {
  return answer >= ANSWER_SCALES[scale].positiveFrom;
}
