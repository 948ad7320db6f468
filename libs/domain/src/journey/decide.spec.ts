import { Actor } from '../shared/actor';
import { allowedCommands } from './allowed-commands';
import { JourneyCommand } from './commands';
import { decide } from './decide';
import { isJourneyFinished } from './finish';
import {
  active,
  auditor,
  caseworker,
  closed,
  closing,
  consented,
  continuing,
  coordinator,
  day,
  eligibleChild,
  family,
  FAMILY_ID,
  JourneyHarness,
  matched,
  MEETING_DAY,
  meetingScheduled,
  parent,
  proposed,
  referred,
  reviewed,
  scores,
  screened,
  system,
} from './journey.fixture';
import { isMilestone } from './milestones';
import { JourneyState } from './state';

const refusalCode = (state: JourneyState, command: JourneyCommand, at = day(100)): string | null => {
  const decision = decide(state, command, at);
  return decision.accepted ? null : decision.refusal.code;
};
const eventTypes = (h: JourneyHarness, command: JourneyCommand, at: string): string[] => h.do(command, at).map((e) => e.type);

describe('referral', () => {
  const refer = (child: Partial<typeof eligibleChild>, actor: Actor = caseworker): JourneyCommand => ({
    type: 'ReferChild',
    actor,
    journeyId: 'j-1',
    child: { ...eligibleChild, ...child },
  });
  const fresh = new JourneyHarness().state;

  it.each([
    [{ age: 4 }, 'age_out_of_range'],
    [{ age: 14 }, 'age_out_of_range'],
    [{ legalBasis: 'serviceloven-50' }, 'legal_basis_not_eligible'],
    [{ exclusionCriteriaConfirmedAbsent: false }, 'exclusion_criteria_not_confirmed'],
  ])('refuses an ineligible child %p with %s', (child, code) => {
    expect(refusalCode(fresh, refer(child), day(0))).toBe(code);
  });

  it('accepts the age limits themselves and every legal basis of the policy', () => {
    for (const child of [{ age: 5 }, { age: 13 }, { legalBasis: 'serviceloven-11' }]) {
      expect(refusalCode(fresh, refer(child), day(0))).toBeNull();
    }
  });

  it('is for caseworkers only, and for this journey only', () => {
    expect(refusalCode(fresh, refer({}, coordinator), day(0))).toBe('role_not_allowed');
    expect(refusalCode(fresh, { ...refer({}), journeyId: 'other' } as JourneyCommand, day(0))).toBe('journey_id_mismatch');
  });

  it('moves the journey to awaiting consent', () => {
    const h = referred();
    expect(h.state).toMatchObject({ stage: 'awaiting_consent', referral: { age: 8, referredAt: day(0) }, stageEnteredAt: { awaiting_consent: day(0) } });
  });

  it('refuses an invalid clock value instead of throwing', () => {
    expect(refusalCode(fresh, refer({}), 'yesterday')).toBe('time_invalid');
  });
});

describe('consent', () => {
  it('a child saying no ends the journey as withdrawn', () => {
    const h = referred();
    h.do({ type: 'RefuseConsent', actor: parent, refusedBy: 'child' }, day(3));
    expect(h.state.stage).toBe('withdrawn');
    expect(h.state.consent).toMatchObject({ status: 'refused', declinedBy: 'child' });
  });

  it('needs named custody holders', () => {
    expect(refusalCode(referred().state, { type: 'GiveConsent', actor: caseworker, custodyHolders: [] })).toBe('custody_holders_missing');
  });

  it('can be withdrawn from any open stage, which stops sharing and drops all tasks', () => {
    const h = active();
    h.tick(day(MEETING_DAY + 30));
    h.do({ type: 'WithdrawConsent', actor: parent, withdrawnBy: 'custody_holders', reason: 'Enough' }, day(MEETING_DAY + 31));
    expect(h.state.stage).toBe('withdrawn');
    expect(h.state.tasks.every((t) => t.status === 'done')).toBe(true);
    expect(isJourneyFinished(h.state)).toBe(true);
  });

  it('withdrawn after the end cancels the post-end measurement but leaves the journey closed', () => {
    const h = closed();
    h.do({ type: 'WithdrawConsent', actor: caseworker, withdrawnBy: 'child', reason: 'Does not want questionnaires' }, day(60));
    expect(h.state.stage).toBe('closed');
    expect(h.state.postEndMeasurement?.status).toBe('cancelled');
    expect(isJourneyFinished(h.state)).toBe(true);
    expect(refusalCode(h.state, { type: 'WithdrawConsent', actor: caseworker, withdrawnBy: 'child', reason: 'again' })).toBe('consent_already_withdrawn');
  });
});

describe('screening and matching', () => {
  it('refuses a baseline that is not six scores from 1 to 4', () => {
    const command = { type: 'RecordScreeningVisit', actor: coordinator, baseline: { ...scores(2), school: 5 } } as JourneyCommand;
    expect(refusalCode(consented().state, command)).toBe('measurement_invalid');
  });

  it('matches when both sides accept; each side answers only for itself', () => {
    const h = proposed();
    expect(refusalCode(h.state, { type: 'AcceptMatch', actor: parent, side: 'family' })).toBe('not_your_side');
    expect(eventTypes(h, { type: 'AcceptMatch', actor: family, side: 'family' }, day(7))).toEqual(['MatchAccepted']);
    expect(refusalCode(h.state, { type: 'AcceptMatch', actor: coordinator, side: 'family' })).toBe('already_accepted');
    expect(eventTypes(h, { type: 'AcceptMatch', actor: parent, side: 'child' }, day(7))).toEqual(['MatchAccepted', 'MatchMade']);
    expect(h.state.match).toMatchObject({ familyId: FAMILY_ID, matchNumber: 0 });
  });

  it('a decline by either side returns to matching with no proposal', () => {
    const h = proposed();
    h.do({ type: 'DeclineMatch', actor: family, side: 'family', reason: 'Transport time too long' }, day(7));
    expect(h.state).toMatchObject({ stage: 'matching', proposal: null, match: null });
  });

  it('a friendship meeting needs weekday, pick-up and return agreed; if it fails, back to matching', () => {
    const h = meetingScheduled();
    const incomplete = { type: 'RecordFriendshipMeetingHeld', actor: coordinator, agreement: { weekday: 'funday', pickUp: 'x', return: 'y' } };
    expect(refusalCode(h.state, incomplete as unknown as JourneyCommand)).toBe('agreement_incomplete');
    h.do({ type: 'RecordFriendshipMeetingFailed', actor: coordinator, reason: 'The child was scared of the dog' }, day(10));
    expect(h.state).toMatchObject({ stage: 'matching', match: null, previousMatches: [{ familyId: FAMILY_ID }] });
  });

  it('a friendship meeting cannot be recorded as held before the day it was arranged for (Danish calendar)', () => {
    const h = meetingScheduled();
    const held: JourneyCommand = { type: 'RecordFriendshipMeetingHeld', actor: coordinator, agreement: { weekday: 'monday', pickUp: 'school', return: 'home' } };
    expect(refusalCode(h.state, held, day(MEETING_DAY - 1))).toBe('meeting_day_not_reached');
    // Just after midnight in Copenhagen on the arranged day (22:30 UTC the evening before, in winter).
    const copenhagenMidnight = new Date(Date.parse(day(MEETING_DAY)) - 9 * 3_600_000 - 30 * 60_000).toISOString();
    expect(refusalCode(h.state, held, copenhagenMidnight)).toBeNull();
  });

  it('the friendship meeting starts the weekly visits', () => {
    const h = active();
    expect(h.state.stage).toBe('active');
    expect(h.state.match?.meeting).toEqual({ heldAt: day(MEETING_DAY), agreement: { weekday: 'wednesday', pickUp: 'school 14:00', return: 'home 19:00' } });
  });
});

describe('logbook', () => {
  const entry = (over: Partial<Extract<JourneyCommand, { type: 'WriteLogbookEntry' }>> = {}): JourneyCommand => ({
    type: 'WriteLogbookEntry',
    actor: family,
    familyId: FAMILY_ID,
    week: 1,
    visit: 'held',
    note: 'Went to the playground',
    concern: false,
    ...over,
  });

  it('is written only by the matched family', () => {
    const state = active().state;
    expect(refusalCode(state, entry({ actor: coordinator }), day(12))).toBe('role_not_allowed');
    expect(refusalCode(state, entry({ familyId: 'family-9' }), day(12))).toBe('not_the_matched_family');
  });

  it('takes one entry per started week, by number or by visit date', () => {
    const h = active();
    expect(refusalCode(h.state, entry({ week: 2 }), day(12))).toBe('week_not_started');
    expect(refusalCode(h.state, entry({ week: 0 }), day(12))).toBe('week_invalid');
    expect(refusalCode(h.state, entry({ week: undefined }), day(12))).toBe('week_missing');
    expect(refusalCode(h.state, entry({ week: undefined, visitDate: day(5) }), day(12))).toBe('visit_date_invalid');
    h.do(entry({ week: undefined, visitDate: day(MEETING_DAY + 8) }), day(MEETING_DAY + 9));
    expect(h.state.logbook[0]).toMatchObject({ week: 2, visit: 'held' });
    expect(refusalCode(h.state, entry({ week: 2 }), day(MEETING_DAY + 9))).toBe('logbook_week_already_written');
    expect(refusalCode(h.state, entry({ week: 1, visitDate: day(MEETING_DAY + 8) }), day(MEETING_DAY + 9))).toBe('week_and_date_disagree');
  });

  it('a cancellation says who cancelled', () => {
    expect(refusalCode(active().state, entry({ visit: 'cancelled' }), day(12))).toBe('cancelled_by_missing');
  });

  it('a flagged worry raises a concern for assessment within 24 hours', () => {
    const h = active();
    const events = h.do(entry({ concern: true }), day(12));
    expect(events.map((e) => e.type)).toEqual(['LogbookEntryWritten', 'ConcernRaised']);
    expect(h.state.concerns[0]).toMatchObject({ concernId: 'concern:1', source: 'logbook', logbookWeek: 1, status: 'open', assessmentDueAt: day(13) });
    expect(h.state.tasks.find((t) => t.kind === 'concern_assessment')).toMatchObject({ assigneeRole: 'coordinator', dueAt: day(13) });
  });

  it('pause and resume each need the other first', () => {
    const h = active();
    expect(refusalCode(h.state, { type: 'ResumeVisits', actor: family }, day(12))).toBe('not_paused');
    h.do({ type: 'PauseVisits', actor: family, reason: 'illness' }, day(12));
    expect(refusalCode(h.state, { type: 'PauseVisits', actor: coordinator, reason: 'holiday' }, day(13))).toBe('already_paused');
    h.do({ type: 'ResumeVisits', actor: coordinator }, day(20));
    expect(h.state.pauses).toEqual([{ matchNumber: 0, reason: 'illness', from: day(12), until: day(20) }]);
  });
});

describe('supervision and follow-up records', () => {
  it('records sessions in order and refuses a session twice or outside the first year', () => {
    const h = active();
    h.do({ type: 'RecordSupervision', actor: coordinator, outcome: 'held' }, day(80));
    expect(h.state.supervision).toMatchObject([{ session: 1, outcome: 'held' }]);
    expect(refusalCode(h.state, { type: 'RecordSupervision', actor: coordinator, outcome: 'held', session: 1 })).toBe('session_already_recorded');
    expect(refusalCode(h.state, { type: 'RecordSupervision', actor: coordinator, outcome: 'held', session: 6 })).toBe('session_invalid');
    for (let session = 2; session <= 5; session++) h.do({ type: 'RecordSupervision', actor: coordinator, outcome: 'missed' }, day(80 + session));
    expect(refusalCode(h.state, { type: 'RecordSupervision', actor: coordinator, outcome: 'held' })).toBe('no_supervision_left');
  });

  it('follow-ups are counted per person', () => {
    const h = active();
    h.do({ type: 'RecordFollowUp', actor: coordinator, with: 'child', outcome: 'held' }, day(45));
    h.do({ type: 'RecordFollowUp', actor: coordinator, with: 'parents', outcome: 'missed' }, day(45));
    expect(h.state.followUps.map((f) => [f.with, f.round])).toEqual([['child', 1], ['parents', 1]]);
    expect(refusalCode(h.state, { type: 'RecordFollowUp', actor: coordinator, with: 'child', outcome: 'held', round: 5 })).toBe('round_invalid');
  });
});

describe('concerns', () => {
  it('a notification to the municipality is a milestone for the caseworker; other outcomes are not', () => {
    const h = active();
    h.do({ type: 'RaiseConcern', actor: family, source: 'conversation', description: 'Child said he is hit' }, day(20));
    h.do({ type: 'RaiseConcern', actor: coordinator, source: 'conversation', description: 'Tired' }, day(20));
    const notified = h.do({ type: 'AssessConcern', actor: coordinator, concernId: 'concern:1', outcome: 'notification_to_municipality', note: 'Notified' }, day(20));
    const noAction = h.do({ type: 'AssessConcern', actor: coordinator, concernId: 'concern:2', outcome: 'no_action', note: 'Late bedtime' }, day(20));
    expect(isMilestone(notified[0])).toBe(true);
    expect(isMilestone(noAction[0])).toBe(false);
    expect(refusalCode(h.state, { type: 'AssessConcern', actor: coordinator, concernId: 'concern:1', outcome: 'no_action', note: 'x' })).toBe('no_open_concern');
  });

  it('refuses an unknown or already assessed concern', () => {
    const h = active();
    h.do({ type: 'RaiseConcern', actor: family, source: 'conversation', description: 'Worried' }, day(20));
    h.do({ type: 'RaiseConcern', actor: family, source: 'conversation', description: 'Worried again' }, day(20));
    h.do({ type: 'AssessConcern', actor: coordinator, concernId: 'concern:1', outcome: 'no_action', note: 'ok' }, day(20));
    expect(refusalCode(h.state, { type: 'AssessConcern', actor: coordinator, concernId: 'concern:1', outcome: 'no_action', note: 'x' })).toBe('concern_already_assessed');
    expect(refusalCode(h.state, { type: 'AssessConcern', actor: coordinator, concernId: 'concern:7', outcome: 'no_action', note: 'x' })).toBe('concern_not_found');
  });
});

describe('review, future agreement and closure', () => {
  it('the review opens two weeks before the year is up', () => {
    const review: JourneyCommand = { type: 'RecordOneYearReview', actor: coordinator, after: scores(3), wishesToContinue: { child: true, parents: true, family: true } };
    expect(refusalCode(active().state, review, day(MEETING_DAY + 350))).toBe('review_not_due_yet');
    expect(refusalCode(active().state, review, day(MEETING_DAY + 351))).toBeNull();
  });

  it('a future agreement needs everyone to wish to continue, and ends the course formally', () => {
    const unwilling = reviewed(active(), { child: true, parents: true, family: false });
    expect(refusalCode(unwilling.state, { type: 'RecordFutureAgreement', actor: coordinator, form: 'x' })).toBe('not_everyone_wishes_to_continue');
    const h = continuing();
    expect(h.state).toMatchObject({ stage: 'continuing', endedAt: day(MEETING_DAY + 367), postEndMeasurement: { status: 'pending' } });
    expect(h.state.tasks.filter((t) => t.status === 'open').map((t) => t.kind)).toEqual(['bridge_building']);
  });

  it('closes at once when no friendship meeting was held (nobody to say goodbye to, nothing to measure after)', () => {
    const h = matched();
    expect(eventTypes(h, { type: 'RequestClosure', actor: caseworker, reason: 'parents_unresponsive' }, day(9))).toEqual(['ClosureRequested', 'JourneyClosed']);
    expect(h.state).toMatchObject({ stage: 'closed', postEndMeasurement: null, endedAt: null });
    expect(isJourneyFinished(h.state)).toBe(true);
  });

  it('refuses a reason outside the fixed list', () => {
    expect(refusalCode(active().state, { type: 'RequestClosure', actor: coordinator, reason: 'bored' } as unknown as JourneyCommand)).toBe(
      'closure_reason_invalid',
    );
  });

  it('closing plans a goodbye; holding it closes the journey and starts the after-care', () => {
    const h = closing(active(), { type: 'RequestClosure', actor: coordinator, reason: 'relationship_did_not_take' });
    expect(h.state.tasks.find((t) => t.kind === 'goodbye')).toMatchObject({ status: 'open', dueAt: day(54) });
    expect(refusalCode(h.state, { type: 'OfferRematch', actor: coordinator })).toBe('closure_not_by_family');
    closed(h);
    expect(h.state).toMatchObject({ stage: 'closed', endedAt: day(45), postEndMeasurement: { status: 'pending' } });
    h.do({ type: 'RecordBridgeBuilding', actor: coordinator, movedOnToOrganisedLeisure: true, activity: 'Football club' }, day(50));
    expect(refusalCode(h.state, { type: 'RecordBridgeBuilding', actor: coordinator, movedOnToOrganisedLeisure: false })).toBe('bridge_building_already_recorded');
  });
});

describe('rematch', () => {
  it('a course the family ended lets the child be offered a new family: back to matching', () => {
    const h = closing();
    // The goodbye would close the journey and lose the offer, so the offer comes first.
    expect(refusalCode(h.state, { type: 'RecordGoodbye', actor: coordinator })).toBe('rematch_not_offered_yet');
    expect(allowedCommands(h.state, 'coordinator')).not.toContain('RecordGoodbye');
    h.do({ type: 'OfferRematch', actor: coordinator }, day(41));
    expect(refusalCode(h.state, { type: 'RecordGoodbye', actor: coordinator })).toBe('rematch_offer_pending');
    expect(refusalCode(h.state, { type: 'OfferRematch', actor: coordinator })).toBe('rematch_already_offered');
    h.do({ type: 'AcceptRematch', actor: parent }, day(42));
    expect(h.state).toMatchObject({ stage: 'matching', rematchCount: 1, match: null, closure: null, matchingSince: day(42) });
    proposed(h, 'family-2');
    matched(h);
    expect(h.state.match).toMatchObject({ familyId: 'family-2', matchNumber: 1 });
  });

  it('a declined offer leads to the goodbye', () => {
    const h = closing();
    h.do({ type: 'OfferRematch', actor: coordinator }, day(41));
    h.do({ type: 'DeclineRematch', actor: caseworker }, day(42));
    closed(h);
    expect(h.state.stage).toBe('closed');
  });

  it('is not offered when the family ended the course after the rematch period', () => {
    const h = closing(active(), { type: 'RequestClosure', actor: coordinator, reason: 'family_moved' });
    expect(refusalCode(h.state, { type: 'OfferRematch', actor: coordinator })).toBeNull();
    const late = new JourneyHarness();
    active(meetingScheduled(matched(proposed(screened(consented(referred(late)))))));
    late.do({ type: 'RequestClosure', actor: coordinator, reason: 'family_ended_course' }, day(MEETING_DAY + 366));
    expect(refusalCode(late.state, { type: 'OfferRematch', actor: coordinator })).toBe('rematch_window_passed');
    expect(refusalCode(late.state, { type: 'RecordGoodbye', actor: coordinator })).toBeNull();
  });
});

describe('the family withdraws (system signal)', () => {
  const withdrew = (familyId = FAMILY_ID): JourneyCommand => ({ type: 'FamilyWithdrew', actor: system, familyId, reason: 'Family left the programme' });

  it('ends a running course as ended by the family', () => {
    const h = active();
    expect(eventTypes(h, withdrew(), day(30))).toEqual(['FamilyWithdrew', 'ClosureRequested']);
    expect(h.state).toMatchObject({ stage: 'closing', closure: { reason: 'family_ended_course' } });
  });

  it('drops a proposal or a match without a meeting, back to matching', () => {
    const p = proposed();
    p.do(withdrew(), day(7));
    expect(p.state).toMatchObject({ stage: 'matching', proposal: null });
    const m = meetingScheduled();
    m.do(withdrew(), day(9));
    expect(m.state).toMatchObject({ stage: 'matching', match: null });
  });

  it('changes nothing for a family the journey does not involve, and is refused only on finished journeys', () => {
    expect(decide(active().state, withdrew('family-7'), day(30))).toEqual({ accepted: true, events: [] });
    expect(refusalCode(closed().state, withdrew())).toBe('journey_ended');
  });
});

describe('roles and allowed commands', () => {
  it('an auditor only reads', () => {
    const state = active().state;
    const refusals = allowedCommands(state).map((type) => refusalCode(state, { type, actor: auditor } as JourneyCommand, day(12)));
    expect(new Set(refusals)).toEqual(new Set(['role_not_allowed']));
    expect(allowedCommands(state, 'auditor')).toEqual([]);
  });

  it('lists what the stage allows, optionally for one role', () => {
    expect(allowedCommands(referred().state)).toEqual(['GiveConsent', 'RefuseConsent', 'WithdrawConsent', 'FamilyWithdrew']);
    expect(allowedCommands(active().state, 'volunteer_family')).toEqual(['WriteLogbookEntry', 'PauseVisits', 'RaiseConcern']);
    expect(allowedCommands(closed().state)).toEqual(['WithdrawConsent', 'RecordBridgeBuilding', 'RecordPostEndMeasurement']);
  });

  it('refuses an unknown command instead of throwing', () => {
    expect(refusalCode(active().state, { type: 'toString', actor: coordinator } as unknown as JourneyCommand)).toBe('unknown_command');
  });
});

describe('milestones', () => {
  it('shows the caseworker the journey, never the logbook', () => {
    const h = closed();
    h.do({ type: 'RecordBridgeBuilding', actor: coordinator, movedOnToOrganisedLeisure: false }, day(46));
    const active2 = active();
    active2.do({ type: 'WriteLogbookEntry', actor: family, familyId: FAMILY_ID, week: 1, visit: 'held', note: 'secret', concern: true }, day(12));
    const milestones = [...h.events, ...active2.events].filter(isMilestone).map((e) => e.type);
    expect(new Set(milestones)).toEqual(
      new Set(['ChildReferred', 'ConsentGiven', 'MatchMade', 'FriendshipMeetingHeld', 'ClosureRequested', 'JourneyClosed']),
    );
  });
});
