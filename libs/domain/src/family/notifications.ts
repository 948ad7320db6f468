import type { Notice } from '../shared/notice';
import { FamilyEvent } from './family-events';

/** What the coordinator reads; null for events nobody is told of. */
function coordinatorSummary(event: FamilyEvent, displayName: string): string | null {
  switch (event.type) {
    case 'FamilyApplied':
      return `${displayName} applied to become a friendship family.`;
    case 'ApplicationFollowUpReminded':
      return `${displayName}'s application is still waiting for a home visit.`;
    case 'LongWaitFlagged':
      return `${displayName} has waited long for a child since approval.`;
    case 'FamilyWithdrew':
      return `${displayName} withdrew: ${event.reason}`;
    default:
      return null;
  }
}

/** The coordinator hears of a new application, of reminders and flags, and of a family leaving on its own. */
export function familyNotificationsFor(event: FamilyEvent, displayName: string): Notice[] {
  const summary = coordinatorSummary(event, displayName);
  return summary === null ? [] : [{ recipientRole: 'coordinator', kind: event.type, summary }];
}
