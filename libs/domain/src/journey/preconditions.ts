import { Refusal } from '../shared/refusal';
import { RefusalCode } from '../shared/refusal-codes';
import { JourneyCommandType } from './commands';
import { supervisionSessionCount } from './first-year-plan';
import { JourneyState } from './state';
import { FAMILY_SIDE_CLOSURE_REASONS } from './vocabulary';
import { openPause } from './visit-weeks';

const refusal = (code: RefusalCode, message: string): Refusal => ({ code, message });

/**
 * What a command needs from the journey beyond its stage, judged from the state alone (no payload,
 * no clock), so the UI's list of allowed actions and decide agree.
 */
export function precondition(state: JourneyState, type: JourneyCommandType): Refusal | null {
  switch (type) {
    case 'WithdrawConsent':
      return state.consent.status === 'withdrawn'
        ? refusal('consent_already_withdrawn', 'Consent has already been withdrawn for this child.')
        : null;
    case 'ProposeMatch':
      if (state.match) return refusal('already_matched', 'The child is already matched; schedule the friendship meeting instead.');
      return state.proposal
        ? refusal('match_already_proposed', 'A family has already been proposed; wait for both sides to answer.')
        : null;
    case 'AcceptMatch':
    case 'DeclineMatch':
      return state.proposal ? null : refusal('no_match_proposed', 'No family has been proposed to the child yet.');
    case 'ScheduleFriendshipMeeting':
      return state.match ? null : refusal('not_matched_yet', 'Both the child’s side and the family must accept the match first.');
    case 'ResumeVisits':
      return openPause(state) ? null : refusal('not_paused', 'The visits are not paused.');
    case 'PauseVisits':
      return openPause(state) ? refusal('already_paused', 'The visits are already paused.') : null;
    case 'RecordSupervision':
      return supervisionSessionCount(state.policy) > 0
        ? null
        : refusal('no_supervision_planned', 'The programme plans no supervision sessions in the first year.');
    case 'AssessConcern':
      return state.concerns.some((concern) => concern.status === 'open')
        ? null
        : refusal('no_open_concern', 'There is no open concern to assess.');
    case 'RecordFutureAgreement': {
      const wishes = state.review?.wishesToContinue;
      return wishes && wishes.child && wishes.parents && wishes.family
        ? null
        : refusal(
            'not_everyone_wishes_to_continue',
            'A future agreement needs the child, the parents and the family all to wish to continue; otherwise close the course.',
          );
    }
    // The rematch is settled before the goodbye: the goodbye closes the journey, and with it the offer.
    case 'RecordGoodbye':
      if (state.closure?.rematchOffer === 'offered') {
        return refusal('rematch_offer_pending', 'A new family has been offered; record whether the child’s side accepts it first.');
      }
      return rematchRefusal(state) === null
        ? refusal('rematch_not_offered_yet', 'The family ended the course early: offer the child a new family before the goodbye.')
        : null;
    case 'OfferRematch':
      return rematchRefusal(state);
    case 'AcceptRematch':
    case 'DeclineRematch':
      return state.closure?.rematchOffer === 'offered' ? null : refusal('no_rematch_offered', 'No new family has been offered.');
    case 'RecordBridgeBuilding':
      if (state.bridgeBuilding) return refusal('bridge_building_already_recorded', 'Bridge-building has already been recorded.');
      return state.closure?.afterFriendshipMeeting || state.futureAgreement
        ? null
        : refusal('no_course_to_report', 'Bridge-building is recorded when a course with a friendship family ends.');
    case 'RecordPostEndMeasurement':
      return state.postEndMeasurement?.status === 'pending'
        ? null
        : refusal('no_post_end_measurement_pending', 'No follow-up measurement after the end is pending for this child.');
    default:
      return null;
  }
}

function rematchRefusal(state: JourneyState): Refusal | null {
  const closure = state.closure;
  const meeting = state.match?.meeting;
  if (!closure || !meeting || !FAMILY_SIDE_CLOSURE_REASONS.includes(closure.reason)) {
    return refusal('closure_not_by_family', 'A new family is offered only when the family ended the course.');
  }
  if (closure.rematchOffer) return refusal('rematch_already_offered', 'A new family has already been offered for this closure.');
  if (state.futureAgreement) {
    return refusal('course_already_completed', 'The course was completed with a future agreement; a new family is not offered.');
  }
  const daysTogether = (Date.parse(closure.requestedAt) - Date.parse(meeting.heldAt)) / state.policy.dayLengthMs;
  return daysTogether > state.policy.rematchWithinDays
    ? refusal('rematch_window_passed', 'The family ended the course after the period in which a new family is offered.')
    : null;
}
