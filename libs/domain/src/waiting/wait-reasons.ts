/**
 * Why a child still waits for a family, as far as the read model can tell: a family is proposed
 * and the answers are awaited; no approved family has a free place; or families have free places
 * but none has been proposed for the child yet.
 */
export const CHILD_WAIT_REASONS = ['proposal_awaiting_answers', 'no_free_family', 'not_yet_proposed'] as const;
export type ChildWaitReason = (typeof CHILD_WAIT_REASONS)[number];

/** Why an approved family with a free place still waits: no child waits for a family, or none of those waiting has been proposed to it. */
export const FAMILY_WAIT_REASONS = ['no_child_waiting', 'not_yet_proposed'] as const;
export type FamilyWaitReason = (typeof FAMILY_WAIT_REASONS)[number];

export function childWaitReason(child: { proposedFamilyId: string | null }, familiesWithFreePlaces: number): ChildWaitReason {
  if (child.proposedFamilyId) return 'proposal_awaiting_answers';
  return familiesWithFreePlaces === 0 ? 'no_free_family' : 'not_yet_proposed';
}

export function familyWaitReason(childrenWaiting: number): FamilyWaitReason {
  return childrenWaiting === 0 ? 'no_child_waiting' : 'not_yet_proposed';
}
