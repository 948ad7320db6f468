import { isOneOf } from '../shared/one-of';
import { accept, Decision, refuse } from '../shared/refusal';
import { Instant } from '../shared/time';
import { GiveConsent, RecordScreeningVisit, ReferChild, RefuseConsent, WithdrawConsent } from './commands';
import { eligibilityRefusal } from './eligibility';
import { JourneyEvent } from './events';
import { isFilledIn, optionalNote } from './decide-support';
import { JOURNEY_LIMITS } from './field-limits';
import { matchingProfileProblems } from './matching-profile';
import { JourneyState } from './state';
import { CONSENT_PARTIES } from './vocabulary';
import { invalidWellbeingDimensions } from './wellbeing';

export function decideReferChild(state: JourneyState, command: ReferChild, now: Instant): Decision<JourneyEvent> {
  if (command.journeyId !== state.journeyId) {
    return refuse('journey_id_mismatch', `This referral is for journey ${command.journeyId}, not ${state.journeyId}.`);
  }
  const ineligible = eligibilityRefusal(command.child, state.policy);
  if (ineligible) return { accepted: false, refusal: ineligible };
  return accept({ type: 'ChildReferred', at: now, actor: command.actor, journeyId: state.journeyId, child: command.child });
}

export function decideGiveConsent(_state: JourneyState, command: GiveConsent, now: Instant): Decision<JourneyEvent> {
  if (!Array.isArray(command.custodyHolders) || command.custodyHolders.length < JOURNEY_LIMITS.custodyHolders.minItems || !command.custodyHolders.every(isFilledIn)) {
    return refuse('custody_holders_missing', 'Name the custody holders who gave consent.');
  }
  return accept({
    type: 'ConsentGiven',
    at: now,
    actor: command.actor,
    custodyHolders: command.custodyHolders,
    ...optionalNote(command.note),
  });
}

export function decideRefuseConsent(_state: JourneyState, command: RefuseConsent, now: Instant): Decision<JourneyEvent> {
  if (!isOneOf(CONSENT_PARTIES, command.refusedBy)) {
    return refuse('consent_party_invalid', 'Say whether the custody holders or the child said no.');
  }
  return accept({
    type: 'ConsentRefused',
    at: now,
    actor: command.actor,
    refusedBy: command.refusedBy,
    ...optionalNote(command.note),
  });
}

export function decideWithdrawConsent(_state: JourneyState, command: WithdrawConsent, now: Instant): Decision<JourneyEvent> {
  if (!isOneOf(CONSENT_PARTIES, command.withdrawnBy)) {
    return refuse('consent_party_invalid', 'Say whether the custody holders or the child withdrew consent.');
  }
  if (!isFilledIn(command.reason)) return refuse('reason_missing', 'Give the reason consent was withdrawn.');
  return accept({ type: 'ConsentWithdrawn', at: now, actor: command.actor, withdrawnBy: command.withdrawnBy, reason: command.reason });
}

export function decideScreeningVisit(_state: JourneyState, command: RecordScreeningVisit, now: Instant): Decision<JourneyEvent> {
  const invalid = invalidWellbeingDimensions(command.baseline);
  if (invalid.length > 0) {
    return refuse('measurement_invalid', `Score every wellbeing dimension from 1 to 4 (check: ${invalid.join(', ')}).`);
  }
  const profileProblems = command.matchingProfile ? matchingProfileProblems(command.matchingProfile) : [];
  if (profileProblems.length > 0) {
    return refuse('matching_profile_invalid', `The child's details for matching are incomplete: ${profileProblems.join('; ')}.`);
  }
  return accept({
    type: 'ScreeningVisitHeld',
    at: now,
    actor: command.actor,
    baseline: command.baseline,
    ...(command.matchingProfile ? { matchingProfile: command.matchingProfile } : {}),
    ...optionalNote(command.note),
  });
}
