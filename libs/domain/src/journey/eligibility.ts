import { Refusal } from '../shared/refusal';
import { JourneyPolicy } from '../policy/journey-policy';
import { ChildDescription } from './vocabulary';

/** The programme's eligibility rules for a referral; null when the child may be referred. */
export function eligibilityRefusal(child: ChildDescription, policy: JourneyPolicy): Refusal | null {
  if (typeof child !== 'object' || child === null) {
    return { code: 'child_description_missing', message: 'The referral must describe the child.' };
  }
  if (typeof child.age !== 'number' || !Number.isFinite(child.age) || child.age < policy.childAgeMin || child.age > policy.childAgeMax) {
    return {
      code: 'age_out_of_range',
      message: `The programme is for children aged ${policy.childAgeMin} to ${policy.childAgeMax}; this child's age is outside that range.`,
    };
  }
  if (!policy.legalBases.includes(child.legalBasis)) {
    return {
      code: 'legal_basis_not_eligible',
      message: `The child needs a preventive measure under one of ${policy.legalBases.join(', ')}; the child's measure is not one of them.`,
    };
  }
  if (child.exclusionCriteriaConfirmedAbsent !== true) {
    return {
      code: 'exclusion_criteria_not_confirmed',
      message:
        'Confirm that the child is not severely externalising, has no severe psychiatric diagnosis and is not suicidal or self-harming.',
    };
  }
  return null;
}
