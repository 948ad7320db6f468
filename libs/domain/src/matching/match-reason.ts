/**
 * One reason, for or against a family: a stable code and params the UI translates (e.g. to Danish),
 * and an English sentence a coordinator understands.
 */
export interface MatchReason {
  code: string;
  text: string;
  params: Record<string, string | number | string[] | number[]>;
}

/** A reason that counted in the score, with the points it gave (negative for a coordinator's doubts). */
export interface ScoredReason extends MatchReason {
  points: number;
}

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly (string | number)[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
