import { CHILD_NEEDS, MATCHABLE_STAGES, WEEKDAYS } from '../domain';
import type { FamilyCommandType, FamilyStage, Role } from '../domain';
import { FAMILY_COMMAND_PERMISSIONS } from '../domain';
import { NOTE_LENGTH, REASON_LENGTH } from '../journey/command-forms';
import type { FieldSpec } from '../journey/command-forms';

const note: FieldSpec = { name: 'note', kind: 'textarea', optional: true, maxLength: NOTE_LENGTH };
const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;

/** What each family command a person gives on the family page asks for (the links to journeys are the journeys' own). */
export const FAMILY_COMMAND_FORMS: Partial<Record<FamilyCommandType, FieldSpec[]>> = {
  RecordHomeVisit: [
    { name: 'motivation', kind: 'textarea', maxLength: NOTE_LENGTH },
    { name: 'expectations', kind: 'textarea', maxLength: NOTE_LENGTH },
    // At least one adult, one child of their own and one weekday: the domain's home-visit rules.
    { name: 'adults', kind: 'adults', minItems: 1, maxItems: 10, maxLength: 200 },
    { name: 'ownChildren', kind: 'ages', minItems: 1, maxItems: 15, min: 0, max: 30 },
    { name: 'pets', kind: 'list', maxItems: 20, maxLength: 60 },
    { name: 'homeDistrict', kind: 'text', maxLength: 100 },
    { name: 'home.lat', kind: 'number', min: -90, max: 90 },
    { name: 'home.lon', kind: 'number', min: -180, max: 180 },
    { name: 'weekdaysAvailable', kind: 'multi', options: WEEKDAYS, optionSet: 'weekday', minItems: 1 },
    { name: 'capacity', kind: 'number', min: 1, max: 10, wholeNumber: true },
    { name: 'needsAbleToMeet', kind: 'multi', options: CHILD_NEEDS, optionSet: 'need' },
    { name: 'interests', kind: 'list', maxItems: 30, maxLength: 60 },
  ],
  RecordChildCertificate: [
    { name: 'adultId', kind: 'choice', source: 'adults' },
    { name: 'issuedOn', kind: 'date', notInFuture: true },
  ],
  CompleteTraining: [],
  Approve: [],
  Pause: [note],
  Resume: [],
  Retire: [note],
  Withdraw: [{ name: 'reason', kind: 'textarea', maxLength: REASON_LENGTH }],
  AddCoordinatorNote: [
    { name: 'noteId', kind: 'generatedId' },
    { name: 'text', kind: 'textarea', maxLength: NOTE_LENGTH },
    { name: 'sentiment', kind: 'select', options: SENTIMENTS, optionSet: 'sentiment', optional: true },
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
