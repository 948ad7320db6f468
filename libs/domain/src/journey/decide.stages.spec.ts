import { Instant } from '../shared/time';
import { COMMAND_TYPES } from './command-rules';
import { JourneyCommand, JourneyCommandType } from './commands';
import { decide } from './decide';
import {
  active,
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
  lapsed,
  matched,
  MEETING_DAY,
  meetingScheduled,
  proposed,
  referred,
  reviewed,
  scores,
  screened,
  system,
  withdrawn,
} from './journey.fixture';
import { isFinalStage, JourneyStage } from './stages';

/** One valid example of every command, given by a role allowed to give it. */
const sample: Record<JourneyCommandType, JourneyCommand> = {
  ReferChild: { type: 'ReferChild', actor: caseworker, journeyId: 'j-1', child: eligibleChild },
  GiveConsent: { type: 'GiveConsent', actor: caseworker, custodyHolders: ['Mother'] },
  RefuseConsent: { type: 'RefuseConsent', actor: caseworker, refusedBy: 'child' },
  WithdrawConsent: { type: 'WithdrawConsent', actor: caseworker, withdrawnBy: 'custody_holders', reason: 'Moving abroad' },
  RecordScreeningVisit: { type: 'RecordScreeningVisit', actor: coordinator, baseline: scores(2) },
  ProposeMatch: { type: 'ProposeMatch', actor: coordinator, familyId: 'family-2' },
  AcceptMatch: { type: 'AcceptMatch', actor: coordinator, side: 'child' },
  DeclineMatch: { type: 'DeclineMatch', actor: coordinator, side: 'family', reason: 'Too far' },
  ScheduleFriendshipMeeting: { type: 'ScheduleFriendshipMeeting', actor: coordinator, scheduledFor: day(500) },
  RecordFriendshipMeetingHeld: {
    type: 'RecordFriendshipMeetingHeld',
    actor: coordinator,
    agreement: { weekday: 'monday', pickUp: 'school', return: 'home 19' },
  },
  RecordFriendshipMeetingFailed: { type: 'RecordFriendshipMeetingFailed', actor: coordinator, reason: 'No chemistry' },
  WriteLogbookEntry: { type: 'WriteLogbookEntry', actor: family, familyId: FAMILY_ID, week: 1, visit: 'held', note: 'Baked bread', concern: false },
  PauseVisits: { type: 'PauseVisits', actor: family, reason: 'holiday' },
  ResumeVisits: { type: 'ResumeVisits', actor: family },
  ScreenLogbooks: { type: 'ScreenLogbooks', actor: coordinator },
  RecordSupervision: { type: 'RecordSupervision', actor: coordinator, outcome: 'held' },
  RecordFollowUp: { type: 'RecordFollowUp', actor: coordinator, with: 'child', outcome: 'held' },
  RaiseConcern: { type: 'RaiseConcern', actor: coordinator, source: 'conversation', description: 'Bruise on the arm' },
  AssessConcern: { type: 'AssessConcern', actor: coordinator, concernId: 'concern:1', outcome: 'no_action', note: 'Fell off a bike' },
  RecordOneYearReview: {
    type: 'RecordOneYearReview',
    actor: coordinator,
    after: scores(3),
    wishesToContinue: { child: true, parents: true, family: true },
  },
  RecordFutureAgreement: { type: 'RecordFutureAgreement', actor: coordinator, form: 'Monthly visits' },
  RequestClosure: { type: 'RequestClosure', actor: coordinator, reason: 'relationship_did_not_take' },
  RecordGoodbye: { type: 'RecordGoodbye', actor: coordinator },
  OfferRematch: { type: 'OfferRematch', actor: coordinator },
  AcceptRematch: { type: 'AcceptRematch', actor: coordinator },
  DeclineRematch: { type: 'DeclineRematch', actor: coordinator },
  RecordBridgeBuilding: { type: 'RecordBridgeBuilding', actor: coordinator, movedOnToOrganisedLeisure: true, activity: 'Scouts' },
  RecordPostEndMeasurement: { type: 'RecordPostEndMeasurement', actor: coordinator, measurement: scores(3) },
  FamilyWithdrew: { type: 'FamilyWithdrew', actor: system, familyId: FAMILY_ID, reason: 'Family moved' },
};

type Expected = 'accepted' | string;

interface StageCase {
  name: string;
  stage: JourneyStage;
  build: () => JourneyHarness;
  now: Instant;
  /** Everything not listed is refused with wrong_stage (or journey_ended once the journey is over). */
  expected: Partial<Record<JourneyCommandType, Expected>>;
}

const cases: StageCase[] = [
  {
    name: 'referred (nothing accepted yet)',
    stage: 'referred',
    build: () => new JourneyHarness(),
    now: day(0),
    expected: { ReferChild: 'accepted', FamilyWithdrew: 'accepted', AssessConcern: 'no_open_concern' },
  },
  {
    name: 'awaiting consent',
    stage: 'awaiting_consent',
    build: () => referred(),
    now: day(1),
    expected: {
      GiveConsent: 'accepted',
      RefuseConsent: 'accepted',
      WithdrawConsent: 'accepted',
      FamilyWithdrew: 'accepted',
      AssessConcern: 'no_open_concern',
    },
  },
  {
    name: 'screening',
    stage: 'screening',
    build: () => consented(),
    now: day(3),
    expected: {
      WithdrawConsent: 'accepted',
      RecordScreeningVisit: 'accepted',
      RaiseConcern: 'accepted',
      RequestClosure: 'accepted',
      FamilyWithdrew: 'accepted',
      AssessConcern: 'no_open_concern',
    },
  },
  {
    name: 'matching, nothing proposed',
    stage: 'matching',
    build: () => screened(),
    now: day(6),
    expected: {
      WithdrawConsent: 'accepted',
      ProposeMatch: 'accepted',
      AcceptMatch: 'no_match_proposed',
      DeclineMatch: 'no_match_proposed',
      ScheduleFriendshipMeeting: 'not_matched_yet',
      RaiseConcern: 'accepted',
      RequestClosure: 'accepted',
      FamilyWithdrew: 'accepted',
      AssessConcern: 'no_open_concern',
    },
  },
  {
    name: 'matching, a family proposed',
    stage: 'matching',
    build: () => proposed(),
    now: day(7),
    expected: {
      WithdrawConsent: 'accepted',
      ProposeMatch: 'match_already_proposed',
      AcceptMatch: 'accepted',
      DeclineMatch: 'accepted',
      ScheduleFriendshipMeeting: 'not_matched_yet',
      RaiseConcern: 'accepted',
      RequestClosure: 'accepted',
      FamilyWithdrew: 'accepted',
      AssessConcern: 'no_open_concern',
    },
  },
  {
    name: 'matching, both sides accepted',
    stage: 'matching',
    build: () => matched(),
    now: day(8),
    expected: {
      WithdrawConsent: 'accepted',
      ProposeMatch: 'already_matched',
      AcceptMatch: 'no_match_proposed',
      DeclineMatch: 'no_match_proposed',
      ScheduleFriendshipMeeting: 'accepted',
      RaiseConcern: 'accepted',
      RequestClosure: 'accepted',
      FamilyWithdrew: 'accepted',
      AssessConcern: 'no_open_concern',
    },
  },
  {
    name: 'friendship meeting scheduled',
    stage: 'friendship_meeting_scheduled',
    build: () => meetingScheduled(),
    // The day the meeting was arranged for: recording it as held is allowed from then.
    now: day(10),
    expected: {
      WithdrawConsent: 'accepted',
      ScheduleFriendshipMeeting: 'accepted',
      RecordFriendshipMeetingHeld: 'accepted',
      RecordFriendshipMeetingFailed: 'accepted',
      RaiseConcern: 'accepted',
      RequestClosure: 'accepted',
      FamilyWithdrew: 'accepted',
      AssessConcern: 'no_open_concern',
    },
  },
  {
    name: 'active',
    stage: 'active',
    build: () => active(),
    now: day(MEETING_DAY + 1),
    expected: {
      WithdrawConsent: 'accepted',
      WriteLogbookEntry: 'accepted',
      PauseVisits: 'accepted',
      ResumeVisits: 'not_paused',
      ScreenLogbooks: 'accepted',
      RecordSupervision: 'accepted',
      RecordFollowUp: 'accepted',
      RaiseConcern: 'accepted',
      RecordOneYearReview: 'review_not_due_yet',
      RequestClosure: 'accepted',
      FamilyWithdrew: 'accepted',
      AssessConcern: 'no_open_concern',
    },
  },
  {
    name: 'one-year review held',
    stage: 'one_year_review',
    build: () => reviewed(),
    now: day(MEETING_DAY + 366),
    expected: {
      WithdrawConsent: 'accepted',
      WriteLogbookEntry: 'accepted',
      PauseVisits: 'accepted',
      ResumeVisits: 'not_paused',
      ScreenLogbooks: 'accepted',
      RecordSupervision: 'accepted',
      RecordFollowUp: 'accepted',
      RaiseConcern: 'accepted',
      RecordFutureAgreement: 'accepted',
      RequestClosure: 'accepted',
      FamilyWithdrew: 'accepted',
      AssessConcern: 'no_open_concern',
    },
  },
  {
    name: 'continuing',
    stage: 'continuing',
    build: () => continuing(),
    now: day(MEETING_DAY + 368),
    expected: {
      WithdrawConsent: 'accepted',
      RaiseConcern: 'accepted',
      RequestClosure: 'accepted',
      RecordBridgeBuilding: 'accepted',
      RecordPostEndMeasurement: 'accepted',
      FamilyWithdrew: 'accepted',
      AssessConcern: 'no_open_concern',
    },
  },
  {
    name: 'closing after the family ended the course',
    stage: 'closing',
    build: () => closing(),
    now: day(41),
    expected: {
      WithdrawConsent: 'accepted',
      WriteLogbookEntry: 'accepted',
      ScreenLogbooks: 'accepted',
      RaiseConcern: 'accepted',
      RecordGoodbye: 'rematch_not_offered_yet',
      OfferRematch: 'accepted',
      AcceptRematch: 'no_rematch_offered',
      DeclineRematch: 'no_rematch_offered',
      RecordBridgeBuilding: 'accepted',
      FamilyWithdrew: 'accepted',
      AssessConcern: 'no_open_concern',
    },
  },
  {
    name: 'closed',
    stage: 'closed',
    build: () => closed(),
    now: day(46),
    expected: {
      WithdrawConsent: 'accepted',
      RecordBridgeBuilding: 'accepted',
      RecordPostEndMeasurement: 'accepted',
      AssessConcern: 'no_open_concern',
    },
  },
  { name: 'lapsed', stage: 'lapsed', build: () => lapsed(), now: day(61), expected: { AssessConcern: 'no_open_concern' } },
  { name: 'withdrawn', stage: 'withdrawn', build: () => withdrawn(), now: day(21), expected: { AssessConcern: 'no_open_concern' } },
];

describe.each(cases)('in stage $name', ({ stage, build, now, expected }) => {
  const harness = build();

  it(`is in stage ${stage}`, () => {
    expect(harness.state.stage).toBe(stage);
  });

  it.each(COMMAND_TYPES)('%s is accepted or refused with its code', (type) => {
    const decision = decide(harness.state, sample[type], now);
    const want = expected[type] ?? (isFinalStage(stage) ? 'journey_ended' : 'wrong_stage');
    expect(decision.accepted ? 'accepted' : decision.refusal.code).toBe(want);
    if (!decision.accepted) expect(decision.refusal.message.length).toBeGreaterThan(10);
  });
});
