import { Decision, Instant, refuse } from '../shared';
import { FamilyCommand } from './family-commands';
import { FamilyEvent } from './family-events';
import { FamilyState } from './family-state';
import { LEFT_STAGES } from './family-stage';
import { PERMISSIONS } from './permissions';
import { decideRecruitmentStep } from './decide-recruitment';
import { decideJourneyLink } from './decide-journey-links';
import { decideAvailability } from './decide-availability';

/** Once a family has left, only its remaining links can end, and the coordinator can still write notes. */
const ALLOWED_AFTER_LEAVING: FamilyCommand['type'][] = ['ReleaseReservation', 'EndMatch', 'AddCoordinatorNote'];

/**
 * The family's rules in one place: given the state and a command, the events that happen or a
 * refusal with a stable code. Never throws: commands arrive from outside and may be malformed.
 */
export function decide(state: FamilyState, command: FamilyCommand, now: Instant): Decision<FamilyEvent> {
  const permission = Object.hasOwn(PERMISSIONS, command?.type) ? PERMISSIONS[command.type] : undefined;
  if (!permission) {
    return refuse('family.unknown_command', 'This is not a command the family path knows.');
  }
  if (!permission.roles.includes(command.actor?.role)) {
    return refuse('family.not_permitted', `A ${command.actor?.role ?? 'unknown user'} may not ${permission.action}.`);
  }
  if (state.stage === 'not_applied' && command.type !== 'ApplyAsFamily') {
    return refuse('family.not_applied', 'The family has not applied yet.');
  }
  if (LEFT_STAGES.includes(state.stage) && !ALLOWED_AFTER_LEAVING.includes(command.type)) {
    return refuse('family.has_left', `The family has ${state.stage} and can no longer ${permission.action}.`);
  }
  switch (command.type) {
    case 'ApplyAsFamily':
    case 'RecordHomeVisit':
    case 'RecordChildCertificate':
    case 'CompleteTraining':
    case 'Approve':
      return decideRecruitmentStep(state, command, now);
    case 'ReserveForJourney':
    case 'ReleaseReservation':
    case 'ConfirmMatch':
    case 'EndMatch':
      return decideJourneyLink(state, command, now);
    case 'Pause':
    case 'Resume':
    case 'Retire':
    case 'Withdraw':
    case 'AddCoordinatorNote':
      return decideAvailability(state, command, now);
    default: {
      // Unreachable: a type without permissions was refused above; a new command type does not compile until it is decided here.
      const _exhaustive: never = command;
      return refuse('family.unknown_command', 'This is not a command the family path knows.');
    }
  }
}
