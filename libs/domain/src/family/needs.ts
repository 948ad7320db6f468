/**
 * The child needs a family is asked about at the home visit. A fixed list, so a referral's needs
 * and a family's answers use the same words and matching can compare them exactly.
 */
export const CHILD_NEEDS = [
  'adhd',
  'autism',
  'anxiety',
  'learning_difficulties',
  'language_support',
  'physical_disability',
  'attachment_difficulties',
] as const;

export type ChildNeed = (typeof CHILD_NEEDS)[number];

export function isChildNeed(value: string): value is ChildNeed {
  return (CHILD_NEEDS as readonly string[]).includes(value);
}
