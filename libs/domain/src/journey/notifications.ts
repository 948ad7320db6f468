import type { Role } from '../shared/actor';
import type { Notice } from '../shared/notice';
import { JourneyEvent } from './events';
import { isMilestone } from './milestones';

/** Who hears of an event: reminders reach their assignee, alerts the coordinator, milestones the caseworker. */
function recipientsOf(event: JourneyEvent): Role[] {
  const recipients = new Set<Role>();
  if (event.type === 'ReminderFired') recipients.add(event.assigneeRole);
  if (event.type === 'ConcernRaised' || event.type === 'StabilityAlertRaised') recipients.add('coordinator');
  if (isMilestone(event)) recipients.add('caseworker');
  return [...recipients];
}

/** The notifications one journey event gives, one for each role that hears of it. */
export function journeyNotificationsFor(event: JourneyEvent): Notice[] {
  const summary = event.type === 'ReminderFired' ? event.summary : event.type;
  return recipientsOf(event).map((recipientRole) => ({ recipientRole, kind: event.type, summary }));
}
