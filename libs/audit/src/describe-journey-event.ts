import type { JourneyEvent } from '@venskab/domain/journey';
import { CLOSURE_REASON_WORDS, CONCERN_OUTCOME_WORDS, dateOf, MISSED_DEADLINE_REMINDERS, quoted, roleWords, when, who } from './journey-event-words';

/** Whether an event is a person's (or the system's) action, a reminder time brought, or a deadline that passed unmet. */
export type TimelineKind = 'action' | 'reminder' | 'missed_deadline';

export interface EventDescription {
  /** One English sentence: when, who, what, and why where the event says why. */
  sentence: string;
  kind: TimelineKind;
  /** The event's own reason or note, verbatim, when it has one. */
  reason?: string;
}

interface Parts {
  what: string;
  kind?: TimelineKind;
  because?: string;
  note?: string;
}

const sentenceCase = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const party = (by: 'custody_holders' | 'child') => (by === 'child' ? 'the child' : 'the custody holders');
const side = (matchSide: 'child' | 'family') => (matchSide === 'child' ? "the child's side" : "the family's side");

function parts(event: JourneyEvent): Parts {
  switch (event.type) {
    case 'ChildReferred':
      return { what: `referred a child aged ${event.child.age} under ${event.child.legalBasis} (unit ${event.child.caseworkerUnit})` };
    case 'ConsentGiven':
      return { what: `recorded the consent of the custody holders (${event.custodyHolders.join(', ')})`, note: event.note };
    case 'ConsentRefused':
      return { what: `recorded that ${party(event.refusedBy)} refused consent`, note: event.note };
    case 'ConsentWithdrawn':
      return { what: `recorded that ${party(event.withdrawnBy)} withdrew consent`, because: event.reason };
    case 'ScreeningVisitHeld':
      return { what: 'recorded the screening visit and the baseline wellbeing measurement', note: event.note };
    case 'MatchProposed':
      return { what: `proposed friendship family ${event.familyId}`, note: event.note };
    case 'MatchAccepted':
      return { what: `accepted the match with family ${event.familyId} on ${side(event.side)}` };
    case 'MatchDeclined':
      return { what: `declined the match with family ${event.familyId} on ${side(event.side)}`, because: event.reason };
    case 'MatchMade':
      return { what: `completed the match: both sides accepted family ${event.familyId} (match ${event.matchNumber})` };
    case 'FriendshipMeetingScheduled':
      return { what: `scheduled the friendship meeting with family ${event.familyId} for ${dateOf(event.scheduledFor)}` };
    case 'FriendshipMeetingHeld':
      return {
        what: `recorded the friendship meeting with family ${event.familyId} as held, agreeing visits on ${event.agreement.weekday}s (pick-up ${event.agreement.pickUp}, return ${event.agreement.return})`,
        note: event.note,
      };
    case 'FriendshipMeetingFailed':
      return { what: `recorded that the friendship meeting with family ${event.familyId} did not work out`, because: event.reason };
    case 'LogbookEntryWritten': {
      const visit = event.visit === 'held' ? 'the visit was held' : `the visit was cancelled${event.cancelledBy ? ` by the ${event.cancelledBy}` : ''}`;
      return { what: `wrote the logbook for visit week ${event.week}: ${visit}${event.concern ? ', with a concern for the child' : ''}`, note: event.note };
    }
    case 'StabilityAlertRaised':
      return {
        what: `raised a stability alert in visit week ${event.week}: ${event.cancellationsInARow} cancellations in a row, ${event.cancellationsInWindow} in the recent window`,
      };
    case 'VisitsPaused':
      return { what: `paused the weekly visits (${event.reason})`, note: event.note };
    case 'VisitsResumed':
      return { what: 'resumed the weekly visits', note: event.note };
    case 'LogbooksScreened':
      return { what: 'screened the logbooks', note: event.note };
    case 'SupervisionRecorded':
      return { what: `recorded supervision session ${event.session} as ${event.outcome}`, note: event.note };
    case 'FollowUpRecorded':
      return { what: `recorded follow-up round ${event.round} with the ${event.with} as ${event.outcome}`, note: event.note };
    case 'ConcernRaised':
      return { what: `raised a concern for the child from a ${event.source}, to be assessed by ${dateOf(event.assessmentDueAt)}`, note: event.description };
    case 'ConcernAssessed':
      return { what: `assessed the concern: ${CONCERN_OUTCOME_WORDS[event.outcome]}`, note: event.note };
    case 'OneYearReviewHeld': {
      const wishes = event.wishesToContinue;
      const yesNo = (wish: boolean) => (wish ? 'yes' : 'no');
      return { what: `held the one-year review; wishes to continue: child ${yesNo(wishes.child)}, parents ${yesNo(wishes.parents)}, family ${yesNo(wishes.family)}` };
    }
    case 'FutureAgreementRecorded':
      return { what: `recorded the future agreement ${quoted(event.form)}`, note: event.note };
    case 'ClosureRequested':
      return { what: `asked to close the course because ${CLOSURE_REASON_WORDS[event.reason]}`, note: event.note };
    case 'JourneyClosed':
      return {
        what: `closed the course because ${CLOSURE_REASON_WORDS[event.reason]}, ${event.goodbyeHeld ? 'after a goodbye' : 'without a goodbye'}`,
        note: event.note,
      };
    case 'RematchOffered':
      return { what: 'offered the child a new friendship family', note: event.note };
    case 'RematchAccepted':
      return { what: `accepted a new friendship family (rematch ${event.rematchCount})`, note: event.note };
    case 'RematchDeclined':
      return { what: 'declined a new friendship family', note: event.note };
    case 'BridgeBuildingRecorded':
      return {
        what: event.movedOnToOrganisedLeisure
          ? `recorded that the child moved on to organised leisure${event.activity ? ` (${event.activity})` : ''}`
          : 'recorded that the child did not move on to organised leisure',
      };
    case 'PostEndMeasurementRecorded':
      return { what: event.measurement ? 'recorded the wellbeing measurement six months after the end' : 'recorded that the post-end measurement was declined', note: event.note };
    case 'FamilyWithdrew':
      return { what: `reported that friendship family ${event.familyId} withdrew`, because: event.reason };
    case 'ReminderFired': {
      const summary = sentenceCase(event.summary.replace(/[.!]+$/, ''));
      const task = `due ${dateOf(event.dueAt)}, task for the ${roleWords(event.assigneeRole)}`;
      return MISSED_DEADLINE_REMINDERS.includes(event.reminder)
        ? { what: `recorded a missed deadline: ${summary} (${task})`, kind: 'missed_deadline' }
        : { what: `sent a reminder: ${summary} (${task})`, kind: 'reminder' };
    }
    case 'ReferralLapsed':
      return { what: 'let the referral lapse: no consent was recorded in time', kind: 'missed_deadline' };
    case 'PostEndMeasurementExpired':
      return { what: 'gave up the post-end measurement: it was not recorded in time', kind: 'missed_deadline' };
  }
}

/** The event in words a person understands, e.g. "On 2025-01-06 at 09:00:00 UTC, caseworker cw-1 referred a child aged 8 …". */
export function describeJourneyEvent(event: JourneyEvent): EventDescription {
  const { what, kind = 'action', because, note } = parts(event);
  const why = because !== undefined ? `, because ${quoted(because)}` : note ? `, noting ${quoted(note)}` : '';
  const reason = because ?? note;
  return { sentence: `${when(event.at)}, ${who(event.actor)} ${what}${why}.`, kind, ...(reason ? { reason } : {}) };
}
