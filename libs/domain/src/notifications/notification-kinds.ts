/**
 * Every kind of notification the domain gives (the type of the event it tells of), so the UI can
 * name each; the spec checks the journey's and the family's rules give no other kind.
 */
export const NOTIFICATION_KINDS = [
  // Journey: reminders and alerts.
  'ReminderFired',
  'ConcernRaised',
  'StabilityAlertRaised',
  // Journey: milestones for the caseworker.
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
  'ConcernAssessed',
  // Family: for the coordinator.
  'FamilyApplied',
  'ApplicationFollowUpReminded',
  'LongWaitFlagged',
  'FamilyWithdrew',
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
