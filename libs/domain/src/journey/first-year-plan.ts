import { addDays, Instant } from '../shared/time';
import { JourneyPolicy } from '../policy/journey-policy';

/** Group supervision runs during the first year only: sessions strictly before the one-year review. */
export function supervisionSessionCount(policy: JourneyPolicy): number {
  return Math.max(0, Math.ceil(policy.reviewAtDays / policy.supervisionIntervalDays) - 1);
}

export function supervisionDueAt(policy: JourneyPolicy, meetingHeldAt: Instant, session: number): Instant {
  return addDays(meetingHeldAt, session * policy.supervisionIntervalDays, policy.dayLengthMs);
}

export function followUpDueAt(policy: JourneyPolicy, meetingHeldAt: Instant, round: number): Instant {
  return addDays(meetingHeldAt, policy.followUpDays[round - 1], policy.dayLengthMs);
}

export function reviewDueAt(policy: JourneyPolicy, meetingHeldAt: Instant): Instant {
  return addDays(meetingHeldAt, policy.reviewAtDays, policy.dayLengthMs);
}

/** The review may be held from the moment its reminder goes out, i.e. shortly before the year is up. */
export function reviewOpensAt(policy: JourneyPolicy, meetingHeldAt: Instant): Instant {
  return addDays(reviewDueAt(policy, meetingHeldAt), -policy.reviewReminderDaysBefore, policy.dayLengthMs);
}
