/**
 * Where a volunteer family is on its path. Recruitment runs in order (applied → approved);
 * 'approved' means available for a child, 'matched' means at least one child visits weekly.
 */
export const FAMILY_STAGES = [
  'not_applied',
  'applied',
  'home_visit_held',
  'certificates_recorded',
  'training_completed',
  'approved',
  'matched',
  'paused',
  'retired',
  'withdrawn',
] as const;

export type FamilyStage = (typeof FAMILY_STAGES)[number];

/** Stages in which a family can be offered a new child (capacity permitting). */
export const MATCHABLE_STAGES: readonly FamilyStage[] = ['approved', 'matched'];

/** Stages a family has left the programme in; only its remaining links can still end. */
export const LEFT_STAGES: readonly FamilyStage[] = ['retired', 'withdrawn'];
