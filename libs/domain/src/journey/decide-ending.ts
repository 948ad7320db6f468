import { isOneOf } from '../shared/one-of';
import { accept, Decision, refuse } from '../shared/refusal';
import { Instant } from '../shared/time';
import {
  AcceptRematch,
  DeclineRematch,
  OfferRematch,
  RecordBridgeBuilding,
  RecordFutureAgreement,
  RecordGoodbye,
  RecordOneYearReview,
  RecordPostEndMeasurement,
  RequestClosure,
} from './commands';
import { isFilledIn, optionalNote } from './decide-support';
import { JourneyEvent } from './events';
import { reviewOpensAt } from './first-year-plan';
import { ClosureRecord, JourneyState } from './state';
import { CLOSURE_REASONS } from './vocabulary';
import { currentMetMatch, MetMatch } from './visit-weeks';
import { invalidWellbeingDimensions } from './wellbeing';

export function decideOneYearReview(state: JourneyState, command: RecordOneYearReview, now: Instant): Decision<JourneyEvent> {
  const match = currentMetMatch(state) as MetMatch;
  if (Date.parse(now) < Date.parse(reviewOpensAt(state.policy, match.meeting.heldAt))) {
    return refuse('review_not_due_yet', 'The one-year review can be held from two weeks before the year is up.');
  }
  const invalid = invalidWellbeingDimensions(command.after);
  if (invalid.length > 0) {
    return refuse('measurement_invalid', `Score every wellbeing dimension from 1 to 4 (check: ${invalid.join(', ')}).`);
  }
  const wishes = command.wishesToContinue;
  if (!wishes || typeof wishes.child !== 'boolean' || typeof wishes.parents !== 'boolean' || typeof wishes.family !== 'boolean') {
    return refuse('wishes_missing', 'Record whether the child, the parents and the family each wish to continue.');
  }
  return accept({
    type: 'OneYearReviewHeld',
    at: now,
    actor: command.actor,
    after: command.after,
    wishesToContinue: { child: wishes.child, parents: wishes.parents, family: wishes.family },
    ...(command.experiences === undefined ? {} : { experiences: command.experiences }),
  });
}

export function decideFutureAgreement(_state: JourneyState, command: RecordFutureAgreement, now: Instant): Decision<JourneyEvent> {
  if (!isFilledIn(command.form)) return refuse('form_missing', 'Describe in what form the relationship continues.');
  return accept({ type: 'FutureAgreementRecorded', at: now, actor: command.actor, form: command.form, ...optionalNote(command.note) });
}

/** Before any friendship meeting there is no family to say goodbye to, so the journey closes at once. */
export function decideRequestClosure(state: JourneyState, command: RequestClosure, now: Instant): Decision<JourneyEvent> {
  if (!isOneOf(CLOSURE_REASONS, command.reason)) {
    return refuse('closure_reason_invalid', `Choose a closure reason: ${CLOSURE_REASONS.join(', ')}.`);
  }
  const requested: JourneyEvent = { type: 'ClosureRequested', at: now, actor: command.actor, reason: command.reason, ...optionalNote(command.note) };
  if (state.match?.meeting) return accept(requested);
  return accept<JourneyEvent>(requested, { type: 'JourneyClosed', at: now, actor: command.actor, reason: command.reason, goodbyeHeld: false });
}

export function decideGoodbye(state: JourneyState, command: RecordGoodbye, now: Instant): Decision<JourneyEvent> {
  const closure = state.closure as ClosureRecord;
  return accept({ type: 'JourneyClosed', at: now, actor: command.actor, reason: closure.reason, goodbyeHeld: true, ...optionalNote(command.note) });
}

export function decideOfferRematch(_state: JourneyState, command: OfferRematch, now: Instant): Decision<JourneyEvent> {
  return accept({ type: 'RematchOffered', at: now, actor: command.actor, ...optionalNote(command.note) });
}

export function decideAcceptRematch(state: JourneyState, command: AcceptRematch, now: Instant): Decision<JourneyEvent> {
  return accept({ type: 'RematchAccepted', at: now, actor: command.actor, rematchCount: state.rematchCount + 1, ...optionalNote(command.note) });
}

export function decideDeclineRematch(_state: JourneyState, command: DeclineRematch, now: Instant): Decision<JourneyEvent> {
  return accept({ type: 'RematchDeclined', at: now, actor: command.actor, ...optionalNote(command.note) });
}

export function decideBridgeBuilding(_state: JourneyState, command: RecordBridgeBuilding, now: Instant): Decision<JourneyEvent> {
  if (typeof command.movedOnToOrganisedLeisure !== 'boolean') {
    return refuse('bridge_building_answer_missing', 'Say whether the child moved on to an organised leisure activity.');
  }
  return accept({
    type: 'BridgeBuildingRecorded',
    at: now,
    actor: command.actor,
    movedOnToOrganisedLeisure: command.movedOnToOrganisedLeisure,
    ...(command.activity === undefined ? {} : { activity: command.activity }),
  });
}

export function decidePostEndMeasurement(_state: JourneyState, command: RecordPostEndMeasurement, now: Instant): Decision<JourneyEvent> {
  if (command.measurement !== null && invalidWellbeingDimensions(command.measurement).length > 0) {
    return refuse('measurement_invalid', 'Score every wellbeing dimension from 1 to 4, or record that the family declined.');
  }
  return accept({
    type: 'PostEndMeasurementRecorded',
    at: now,
    actor: command.actor,
    measurement: command.measurement,
    ...optionalNote(command.note),
  });
}
