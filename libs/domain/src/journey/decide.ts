import { ROLES } from '../shared/actor';
import { Decision, refuse } from '../shared/refusal';
import { Instant } from '../shared/time';
import { COMMAND_RULES } from './command-rules';
import { JourneyCommand } from './commands';
import { decideAssessConcern, decideRaiseConcern } from './decide-concerns';
import {
  decideAcceptRematch,
  decideBridgeBuilding,
  decideDeclineRematch,
  decideFutureAgreement,
  decideGoodbye,
  decideOfferRematch,
  decideOneYearReview,
  decidePostEndMeasurement,
  decideRequestClosure,
} from './decide-ending';
import { decideGiveConsent, decideRefuseConsent, decideReferChild, decideScreeningVisit, decideWithdrawConsent } from './decide-intake';
import {
  decideAcceptMatch,
  decideDeclineMatch,
  decideFamilyWithdrew,
  decideMeetingFailed,
  decideMeetingHeld,
  decideProposeMatch,
  decideScheduleMeeting,
} from './decide-matching';
import { isInstant } from './decide-support';
import { decideFollowUp, decideLogbookEntry, decidePause, decideResume, decideScreenLogbooks, decideSupervision } from './decide-visits';
import { JourneyEvent } from './events';
import { precondition } from './preconditions';
import { isFinalStage } from './stages';
import { JourneyState } from './state';

const STAGE_NAMES: Record<JourneyState['stage'], string> = {
  referred: 'not yet referred',
  awaiting_consent: 'waiting for consent',
  screening: 'waiting for the screening visit',
  matching: 'in matching',
  friendship_meeting_scheduled: 'waiting for the friendship meeting',
  active: 'in weekly visits',
  one_year_review: 'after the one-year review',
  continuing: 'continuing under a future agreement',
  closing: 'closing',
  closed: 'closed',
  lapsed: 'lapsed',
  withdrawn: 'withdrawn',
};

/**
 * Decides a command against the journey: the rules of stage and role first, then what the
 * journey must already hold, then the command's own content. Pure and total: bad input is refused, never thrown.
 */
export function decide(state: JourneyState, command: JourneyCommand, now: Instant): Decision<JourneyEvent> {
  if (!isInstant(now)) return refuse('time_invalid', 'The time of the command is not a valid timestamp.');
  const known = typeof command === 'object' && command !== null && Object.prototype.hasOwnProperty.call(COMMAND_RULES, command.type);
  const rule = known ? COMMAND_RULES[command.type] : undefined;
  if (!rule) return refuse('unknown_command', 'This action is not part of a child’s journey.');
  if (!rule.stages.includes(state.stage)) {
    return isFinalStage(state.stage)
      ? refuse('journey_ended', `The journey is ${STAGE_NAMES[state.stage]}; this can no longer be done.`)
      : refuse('wrong_stage', `This cannot be done while the journey is ${STAGE_NAMES[state.stage]}.`);
  }
  const role = command.actor?.role;
  if (!ROLES.includes(role) || !rule.roles.includes(role)) {
    return refuse('role_not_allowed', `Only these roles may do this: ${rule.roles.join(', ')}.`);
  }
  const missing = precondition(state, command.type);
  if (missing) return { accepted: false, refusal: missing };
  return decideCommand(state, command, now);
}

function decideCommand(state: JourneyState, command: JourneyCommand, now: Instant): Decision<JourneyEvent> {
  switch (command.type) {
    case 'ReferChild':
      return decideReferChild(state, command, now);
    case 'GiveConsent':
      return decideGiveConsent(state, command, now);
    case 'RefuseConsent':
      return decideRefuseConsent(state, command, now);
    case 'WithdrawConsent':
      return decideWithdrawConsent(state, command, now);
    case 'RecordScreeningVisit':
      return decideScreeningVisit(state, command, now);
    case 'ProposeMatch':
      return decideProposeMatch(state, command, now);
    case 'AcceptMatch':
      return decideAcceptMatch(state, command, now);
    case 'DeclineMatch':
      return decideDeclineMatch(state, command, now);
    case 'ScheduleFriendshipMeeting':
      return decideScheduleMeeting(state, command, now);
    case 'RecordFriendshipMeetingHeld':
      return decideMeetingHeld(state, command, now);
    case 'RecordFriendshipMeetingFailed':
      return decideMeetingFailed(state, command, now);
    case 'WriteLogbookEntry':
      return decideLogbookEntry(state, command, now);
    case 'PauseVisits':
      return decidePause(state, command, now);
    case 'ResumeVisits':
      return decideResume(state, command, now);
    case 'ScreenLogbooks':
      return decideScreenLogbooks(state, command, now);
    case 'RecordSupervision':
      return decideSupervision(state, command, now);
    case 'RecordFollowUp':
      return decideFollowUp(state, command, now);
    case 'RaiseConcern':
      return decideRaiseConcern(state, command, now);
    case 'AssessConcern':
      return decideAssessConcern(state, command, now);
    case 'RecordOneYearReview':
      return decideOneYearReview(state, command, now);
    case 'RecordFutureAgreement':
      return decideFutureAgreement(state, command, now);
    case 'RequestClosure':
      return decideRequestClosure(state, command, now);
    case 'RecordGoodbye':
      return decideGoodbye(state, command, now);
    case 'OfferRematch':
      return decideOfferRematch(state, command, now);
    case 'AcceptRematch':
      return decideAcceptRematch(state, command, now);
    case 'DeclineRematch':
      return decideDeclineRematch(state, command, now);
    case 'RecordBridgeBuilding':
      return decideBridgeBuilding(state, command, now);
    case 'RecordPostEndMeasurement':
      return decidePostEndMeasurement(state, command, now);
    case 'FamilyWithdrew':
      return decideFamilyWithdrew(state, command, now);
    default: {
      // Unreachable: decide refused every type without a rule; a new command type does not compile until it is decided here.
      const _exhaustive: never = command;
      return refuse('unknown_command', 'This action is not part of a child’s journey.');
    }
  }
}
