import { FamilyStage, MATCHABLE_STAGES } from '../family/family-stage';

/** What the families table says of one volunteer family now. */
export interface FamilyCapacityFacts {
  stage: FamilyStage;
  capacity: number;
  freeCapacity: number;
}

export interface FamilyCapacity {
  /** Approved and still in the programme: available, matched, or paused for a while. */
  approvedFamilies: number;
  pausedFamilies: number;
  /** Places offered by the families that can take a child (approved or matched, not paused). */
  places: number;
  freePlaces: number;
  familiesWithFreePlace: number;
}

export function familyCapacity(families: readonly FamilyCapacityFacts[]): FamilyCapacity {
  const matchable = families.filter((family) => MATCHABLE_STAGES.includes(family.stage));
  const paused = families.filter((family) => family.stage === 'paused');
  return {
    approvedFamilies: matchable.length + paused.length,
    pausedFamilies: paused.length,
    places: matchable.reduce((sum, family) => sum + family.capacity, 0),
    freePlaces: matchable.reduce((sum, family) => sum + family.freeCapacity, 0),
    familiesWithFreePlace: matchable.filter((family) => family.freeCapacity > 0).length,
  };
}
