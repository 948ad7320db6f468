import { Decision, Instant, Refusal, accept, isAtOrBefore, refuse } from '../shared';
import {
  ApplyAsFamily,
  Approve,
  CompleteTraining,
  RecordChildCertificate,
  RecordHomeVisit,
} from './family-commands';
import { FamilyEvent } from './family-events';
import { FamilyState } from './family-state';
import { FAMILY_STAGES, FamilyStage } from './family-stage';
import { ChildNeed } from './needs';
import { adultsWithoutCertificate } from './family-queries';
import { homeVisitProblem } from './validate-home-visit';
import type { PlacedHome } from '../places/placed-home';
import { eventBase } from './event-base';
import { isFilled } from './is-filled';

type RecruitmentCommand = ApplyAsFamily | RecordHomeVisit | RecordChildCertificate | CompleteTraining | Approve;

/** Recruitment runs in order: apply, home visit, a certificate for every adult, training, approval. */
export function decideRecruitmentStep(
  state: FamilyState,
  command: RecruitmentCommand,
  now: Instant,
): Decision<FamilyEvent> {
  const base = eventBase(state, command.actor, now);
  switch (command.type) {
    case 'ApplyAsFamily': {
      if (state.stage !== 'not_applied') return refuse('family.already_applied', 'The family has already applied.');
      const { displayName, email, phone } = command.contact ?? {};
      if (!isFilled(displayName) || !(isFilled(email) || isFilled(phone))) {
        return refuse('family.contact_incomplete', 'An application needs a name and an email or phone number.');
      }
      return accept({
        ...base,
        type: 'FamilyApplied',
        contact: { displayName, email: isFilled(email) ? email : null, phone: isFilled(phone) ? phone : null },
      });
    }
    case 'RecordHomeVisit': {
      if (state.stage !== 'applied') {
        return refuse('family.home_visit_already_recorded', 'The home visit has already been recorded.');
      }
      const problem = homeVisitProblem(command);
      if (problem) return refuse(problem.code, problem.message);
      return accept({
        ...base,
        type: 'HomeVisitRecorded',
        household: {
          motivation: command.motivation ?? '',
          expectations: command.expectations ?? '',
          adults: command.adults.map(({ adultId, name }) => ({ adultId, name })),
          ownChildren: command.ownChildren.map(({ age }) => ({ age })),
          pets: [...command.pets],
          homeDistrict: command.homeDistrict,
          home: homeOf(command.home),
          weekdaysAvailable: [...new Set(command.weekdaysAvailable)],
          capacity: command.capacity,
          needsAbleToMeet: [...new Set(command.needsAbleToMeet as ChildNeed[])],
          interests: [...command.interests],
        },
      });
    }
    case 'RecordChildCertificate': {
      if (!state.household) {
        return refuse('family.home_visit_required', 'Certificates are recorded after the home visit lists the adults.');
      }
      const adult = state.household.adults.find((candidate) => candidate.adultId === command.adultId);
      if (!adult) return refuse('family.unknown_adult', 'This adult is not part of the household.');
      if (Number.isNaN(Date.parse(command.issuedOn)) || !isAtOrBefore(command.issuedOn, now)) {
        return refuse(
          'family.invalid_certificate_date',
          'A certificate must have an issue date that is not in the future.',
        );
      }
      return accept({ ...base, type: 'ChildCertificateRecorded', adultId: adult.adultId, issuedOn: command.issuedOn });
    }
    case 'CompleteTraining': {
      const missing = adultsWithoutCertificate(state).map((adult) => adult.name);
      if (state.stage === 'home_visit_held' && missing.length > 0) {
        const names = missing.join(' and ');
        return refuse('family.certificates_missing', `A child certificate is still missing for ${names}.`);
      }
      const outOfOrder = stepOutOfOrder(state.stage, 'certificates_recorded', 'training_completed');
      return outOfOrder ? refuse(outOfOrder.code, outOfOrder.message) : accept({ ...base, type: 'TrainingCompleted' });
    }
    case 'Approve': {
      const outOfOrder = stepOutOfOrder(state.stage, 'training_completed', 'approved');
      return outOfOrder ? refuse(outOfOrder.code, outOfOrder.message) : accept({ ...base, type: 'FamilyApproved' });
    }
  }
}

const NOT_YET: Partial<Record<FamilyStage, Refusal>> = {
  applied: { code: 'family.home_visit_required', message: 'The home visit has not been held yet.' },
  home_visit_held: { code: 'family.certificates_missing', message: 'Child certificates are still missing.' },
  certificates_recorded: {
    code: 'family.training_not_completed',
    message: 'The family has not completed training yet.',
  },
};

const ALREADY_DONE: Partial<Record<FamilyStage, Refusal>> = {
  training_completed: { code: 'family.training_already_completed', message: 'The training is already recorded.' },
  approved: { code: 'family.already_approved', message: 'The family is already approved.' },
};

/** Safe default: a step out of order is refused, never accepted by omission. */
const OUT_OF_ORDER: Refusal = { code: 'family.wrong_stage', message: 'This step does not fit where the family is on its path.' };

/** A recruitment step needs the one before it, and happens only once. */
function stepOutOfOrder(
  stage: FamilyStage,
  required: FamilyStage,
  reached: FamilyStage,
): Refusal | null {
  const position = FAMILY_STAGES.indexOf(stage);
  if (position < FAMILY_STAGES.indexOf(required)) return NOT_YET[stage] ?? OUT_OF_ORDER;
  if (position > FAMILY_STAGES.indexOf(required)) return ALREADY_DONE[reached] ?? OUT_OF_ORDER;
  return null;
}

/** The home as recorded: its coordinates and, when it was chosen from the place table, the place. */
function homeOf({ lat, lon, placeCode }: PlacedHome): PlacedHome {
  return placeCode === undefined ? { lat, lon } : { placeCode, lat, lon };
}
