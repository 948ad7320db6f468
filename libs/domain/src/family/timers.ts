import { Instant, SYSTEM_ACTOR, addDays, isAtOrBefore } from '../shared';
import { FamilyEvent } from './family-events';
import { FamilyState } from './family-state';
import { waitingSince } from './family-queries';

/** When the coordinator should be reminded of an unanswered application, or null if not (or no longer) due. */
function applicationFollowUpDueAt(state: FamilyState): Instant | null {
  if (state.stage !== 'applied' || state.applicationFollowUpReminded || !state.appliedAt) return null;
  return addDays(state.appliedAt, state.policy.applicationFollowUpDays, state.policy.dayLengthMs);
}

/** When the current waiting period becomes too long, or null if the family is not waiting or was flagged. */
function longWaitDueAt(state: FamilyState): Instant | null {
  const since = waitingSince(state);
  if (!since || state.longWaitFlaggedFor === since) return null;
  return addDays(since, state.policy.approvedWaitingFlagDays, state.policy.dayLengthMs);
}

/**
 * The events time itself causes by `now`: a reminder when an application has not been followed up
 * by a home visit (once), and a flag when an approved family has waited too long (once per period).
 */
export function familyEventsDueByTime(state: FamilyState, now: Instant): FamilyEvent[] {
  const base = { familyId: state.familyId, at: now, actor: SYSTEM_ACTOR };
  const events: FamilyEvent[] = [];
  const followUpDue = applicationFollowUpDueAt(state);
  if (followUpDue && isAtOrBefore(followUpDue, now)) {
    events.push({ ...base, type: 'ApplicationFollowUpReminded', dueAt: followUpDue });
  }
  const since = waitingSince(state);
  const longWaitDue = longWaitDueAt(state);
  if (since && longWaitDue && isAtOrBefore(longWaitDue, now)) {
    events.push({ ...base, type: 'LongWaitFlagged', waitingSince: since, dueAt: longWaitDue });
  }
  return events;
}

/** The next moment time may cause an event, so a workflow knows how long to sleep; null when nothing is pending. */
export function nextFamilyWakeUp(state: FamilyState): Instant | null {
  const due = [applicationFollowUpDueAt(state), longWaitDueAt(state)].filter((at): at is Instant => at !== null);
  if (due.length === 0) return null;
  return due.reduce((earliest, at) => (isAtOrBefore(at, earliest) ? at : earliest));
}
