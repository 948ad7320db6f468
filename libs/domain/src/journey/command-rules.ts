import { Role } from '../shared/actor';
import { JourneyCommandType } from './commands';
import { JOURNEY_STAGES, JourneyStage } from './stages';

interface CommandRule {
  stages: readonly JourneyStage[];
  roles: readonly Role[];
}

const AFTER_REFERRAL: JourneyStage[] = [
  'awaiting_consent',
  'screening',
  'matching',
  'friendship_meeting_scheduled',
  'active',
  'one_year_review',
  'continuing',
  'closing',
];
const AFTER_CONSENT: JourneyStage[] = AFTER_REFERRAL.filter((stage) => stage !== 'awaiting_consent');
const VISITING: JourneyStage[] = ['active', 'one_year_review'];
const CHILD_SIDE: Role[] = ['coordinator', 'parent', 'caseworker'];

/**
 * Which stages allow a command and who may give it. After the end ('closed', 'lapsed', 'withdrawn')
 * only records about the ended course are allowed: assessing a concern raised earlier (the duty to
 * notify outlives the course), bridge-building, the post-end measurement, and withdrawing consent
 * on a closed journey (which cancels the post-end measurement).
 */
export const COMMAND_RULES: Record<JourneyCommandType, CommandRule> = {
  ReferChild: { stages: ['referred'], roles: ['caseworker'] },
  GiveConsent: { stages: ['awaiting_consent'], roles: ['caseworker', 'parent'] },
  RefuseConsent: { stages: ['awaiting_consent'], roles: ['caseworker', 'parent'] },
  WithdrawConsent: { stages: [...AFTER_REFERRAL, 'closed'], roles: ['caseworker', 'parent', 'coordinator'] },
  RecordScreeningVisit: { stages: ['screening'], roles: ['coordinator'] },
  ProposeMatch: { stages: ['matching'], roles: ['coordinator'] },
  AcceptMatch: { stages: ['matching'], roles: ['coordinator', 'parent', 'volunteer_family'] },
  DeclineMatch: { stages: ['matching'], roles: ['coordinator', 'parent', 'volunteer_family'] },
  ScheduleFriendshipMeeting: { stages: ['matching', 'friendship_meeting_scheduled'], roles: ['coordinator'] },
  RecordFriendshipMeetingHeld: { stages: ['friendship_meeting_scheduled'], roles: ['coordinator'] },
  RecordFriendshipMeetingFailed: { stages: ['friendship_meeting_scheduled'], roles: ['coordinator'] },
  WriteLogbookEntry: { stages: [...VISITING, 'closing'], roles: ['volunteer_family'] },
  PauseVisits: { stages: VISITING, roles: ['volunteer_family', 'coordinator'] },
  ResumeVisits: { stages: VISITING, roles: ['volunteer_family', 'coordinator'] },
  ScreenLogbooks: { stages: [...VISITING, 'closing'], roles: ['coordinator'] },
  RecordSupervision: { stages: VISITING, roles: ['coordinator'] },
  RecordFollowUp: { stages: VISITING, roles: ['coordinator'] },
  RaiseConcern: { stages: AFTER_CONSENT, roles: ['coordinator', 'volunteer_family', 'caseworker', 'parent'] },
  AssessConcern: { stages: JOURNEY_STAGES, roles: ['coordinator'] },
  RecordOneYearReview: { stages: ['active'], roles: ['coordinator'] },
  RecordFutureAgreement: { stages: ['one_year_review'], roles: ['coordinator'] },
  RequestClosure: {
    stages: ['screening', 'matching', 'friendship_meeting_scheduled', 'active', 'one_year_review', 'continuing'],
    roles: ['coordinator', 'caseworker'],
  },
  RecordGoodbye: { stages: ['closing'], roles: ['coordinator'] },
  OfferRematch: { stages: ['closing'], roles: ['coordinator'] },
  AcceptRematch: { stages: ['closing'], roles: CHILD_SIDE },
  DeclineRematch: { stages: ['closing'], roles: CHILD_SIDE },
  RecordBridgeBuilding: { stages: ['closing', 'continuing', 'closed'], roles: ['coordinator'] },
  RecordPostEndMeasurement: { stages: ['continuing', 'closed'], roles: ['coordinator'] },
  FamilyWithdrew: { stages: ['referred', ...AFTER_REFERRAL], roles: ['system', 'coordinator', 'programme_manager'] },
};

export const COMMAND_TYPES = Object.keys(COMMAND_RULES) as JourneyCommandType[];
