import { JourneyEvent } from './events';

const MILESTONE_TYPES: readonly JourneyEvent['type'][] = [
  'ChildReferred',
  'ConsentGiven',
  'ConsentRefused',
  'ConsentWithdrawn',
  'ReferralLapsed',
  'MatchMade',
  'FriendshipMeetingHeld',
  'OneYearReviewHeld',
  'FutureAgreementRecorded',
  'ClosureRequested',
  'JourneyClosed',
  'RematchAccepted',
];

/**
 * What the caseworker may see: referred, consented, matched, active, reviewed, ended, and concerns
 * that led to a notification to the municipality. Logbook entries and other concerns stay with the
 * organisation: families speak more openly when few notes travel to "the system".
 */
export function isMilestone(event: JourneyEvent): boolean {
  if (event.type === 'ConcernAssessed') return event.outcome === 'notification_to_municipality';
  return MILESTONE_TYPES.includes(event.type);
}
