import { FAMILY_LIMITS, MATCHABLE_STAGES } from '../domain';
import type { FamilyCommandType, FamilyStage, Role } from '../domain';
import { FAMILY_COMMAND_PERMISSIONS } from '../domain';
import type { FieldSpec } from '../journey/command-forms';

const { adults, adultName, ownChildren, ownChildAge, pets, interests, capacity } = FAMILY_LIMITS;
const optionalNote: FieldSpec = { name: 'note', kind: 'textarea', optional: true, maxLength: FAMILY_LIMITS.note.maxLength };

/** What each family command a person gives on the family page asks for (the links to journeys are the journeys' own). */
export const FAMILY_COMMAND_FORMS: Partial<Record<FamilyCommandType, FieldSpec[]>> = {
  RecordHomeVisit: [
    { name: 'motivation', kind: 'textarea', maxLength: FAMILY_LIMITS.homeVisitText.maxLength },
    { name: 'expectations', kind: 'textarea', maxLength: FAMILY_LIMITS.homeVisitText.maxLength },
    { name: 'adults', kind: 'adults', minItems: adults.minItems, maxItems: adults.maxItems, maxLength: adultName.maxLength },
    { name: 'ownChildren', kind: 'ages', minItems: ownChildren.minItems, maxItems: ownChildren.maxItems, min: ownChildAge.minimum, max: ownChildAge.maximum },
    { name: 'pets', kind: 'list', maxItems: pets.maxItems, maxLength: pets.items.maxLength },
    { name: 'place', kind: 'place', homeAt: 'home', districtAt: 'homeDistrict' },
    { name: 'weekdaysAvailable', kind: 'multi', optionSet: 'weekday', minItems: FAMILY_LIMITS.weekdaysAvailable.minItems },
    { name: 'capacity', kind: 'number', min: capacity.minimum, max: capacity.maximum, wholeNumber: true },
    { name: 'needsAbleToMeet', kind: 'multi', optionSet: 'need' },
    { name: 'interests', kind: 'list', maxItems: interests.maxItems, maxLength: interests.items.maxLength },
  ],
  RecordChildCertificate: [
    { name: 'adultId', kind: 'choice', source: 'adults' },
    { name: 'issuedOn', kind: 'date', notInFuture: true },
  ],
  CompleteTraining: [],
  Approve: [],
  Pause: [optionalNote],
  Resume: [],
  Retire: [optionalNote],
  Withdraw: [{ name: 'reason', kind: 'textarea', maxLength: FAMILY_LIMITS.reason.maxLength }],
  AddCoordinatorNote: [
    { name: 'noteId', kind: 'generatedId' },
    { name: 'text', kind: 'textarea', maxLength: FAMILY_LIMITS.noteText.maxLength },
    { name: 'sentiment', kind: 'select', optionSet: 'sentiment', optional: true },
  ],
};

const ALL: readonly FamilyStage[] = ['applied', 'home_visit_held', 'certificates_recorded', 'training_completed', 'approved', 'matched', 'paused'];
const AFTER_HOME_VISIT: readonly FamilyStage[] = ['home_visit_held', 'certificates_recorded', 'training_completed', 'approved', 'matched', 'paused'];

/**
 * The stages in which each form is offered: the recruitment steps in their order, pause and retire
 * once approved, resume while paused. Only which forms to show; the family's workflow decides, and a
 * refusal (409) is shown in the form.
 */
const OFFERED_IN: Partial<Record<FamilyCommandType, (stage: FamilyStage) => boolean>> = {
  RecordHomeVisit: (stage) => stage === 'applied',
  RecordChildCertificate: (stage) => AFTER_HOME_VISIT.includes(stage),
  CompleteTraining: (stage) => stage === 'certificates_recorded',
  Approve: (stage) => stage === 'training_completed',
  Pause: (stage) => MATCHABLE_STAGES.includes(stage),
  Resume: (stage) => stage === 'paused',
  Retire: (stage) => MATCHABLE_STAGES.includes(stage) || stage === 'paused',
  Withdraw: (stage) => ALL.includes(stage),
  AddCoordinatorNote: (stage) => stage !== 'not_applied',
};

/** A family's own account pauses and resumes here; leaving the programme goes through the coordinator. */
const FAMILY_OWN: readonly FamilyCommandType[] = ['Pause', 'Resume'];

export function familyActionsFor(role: Role, stage: FamilyStage): FamilyCommandType[] {
  return (Object.keys(FAMILY_COMMAND_FORMS) as FamilyCommandType[]).filter(
    (type) =>
      FAMILY_COMMAND_PERMISSIONS[type].roles.includes(role) &&
      (role !== 'volunteer_family' || FAMILY_OWN.includes(type)) &&
      (OFFERED_IN[type]?.(stage) ?? false),
  );
}
