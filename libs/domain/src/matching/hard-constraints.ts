import { MATCHABLE_STAGES } from '../family';
import { ChildProfile } from './child-profile';
import { FamilyCandidate } from './family-candidate';
import { MatchReason, listInWords } from './match-reason';

type Constraint = (child: ChildProfile, family: FamilyCandidate) => MatchReason | null;

/**
 * Rules no score can outweigh. Each one that fails is reported, so a coordinator who wonders
 * why a family is missing sees every reason at once.
 */
const HARD_CONSTRAINTS: Constraint[] = [
  function isAvailable(_child, family) {
    if (MATCHABLE_STAGES.includes(family.status)) return null;
    return {
      code: 'matching.not_available',
      text: `The family is not available for a child (${family.status.replace(/_/g, ' ')}).`,
      params: { status: family.status },
    };
  },
  function hasEveryCertificate(_child, family) {
    const missing = family.adults.filter((adult) => !adult.hasCertificate).map((adult) => adult.name);
    if (missing.length === 0) return null;
    return {
      code: 'matching.certificate_missing',
      text: `No child certificate is recorded for ${listInWords(missing)}.`,
      params: { adults: missing },
    };
  },
  function hasFreePlace(_child, family) {
    if (family.freeCapacity > 0) return null;
    return {
      code: 'matching.no_free_capacity',
      text: `All ${family.capacity} of the family's places are taken or proposed.`,
      params: { capacity: family.capacity },
    };
  },
  function sharesAWeekday(child, family) {
    if (family.weekdaysAvailable.some((day) => child.weekdaysPossible.includes(day))) return null;
    return {
      code: 'matching.no_common_weekday',
      text:
        `No common weekday: the family can do ${daysInWords(family.weekdaysAvailable)}, ` +
        `the child ${daysInWords(child.weekdaysPossible)}.`,
      params: { familyWeekdays: family.weekdaysAvailable, childWeekdays: child.weekdaysPossible },
    };
  },
  function meetsEveryNeed(child, family) {
    const unmet = [...new Set(child.needs)].filter((need) => !family.needsAbleToMeet.includes(need));
    if (unmet.length === 0) return null;
    return {
      code: 'matching.need_not_met',
      text: `The family does not feel able to meet the child's needs: ${listInWords(unmet.map(needInWords))}.`,
      params: { needs: unmet },
    };
  },
  function isNotLinkedToChildNow(child, family) {
    if (!family.linkedJourneyIds.includes(child.journeyId)) return null;
    return {
      code: 'matching.already_linked_to_child',
      text: 'The family is already proposed or matched for this child.',
      params: {},
    };
  },
  function wasNotLinkedToChildBefore(child, family) {
    if (!family.pastJourneyIds.includes(child.journeyId)) return null;
    return {
      code: 'matching.previously_linked_to_child',
      text: 'The family was proposed for or matched with this child before; a rematch needs a new family.',
      params: {},
    };
  },
];

function daysInWords(days: readonly string[]): string {
  return listInWords(days) || 'no day';
}

function needInWords(need: string): string {
  return need.replace(/_/g, ' ');
}

export function hardConstraintFailures(child: ChildProfile, family: FamilyCandidate): MatchReason[] {
  return HARD_CONSTRAINTS.map((constraint) => constraint(child, family)).filter(
    (reason): reason is MatchReason => reason !== null,
  );
}
