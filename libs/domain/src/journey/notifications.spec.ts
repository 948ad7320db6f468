import { JourneyEvent } from './events';
import { coordinator, day, system } from './journey.fixture';
import { journeyNotificationsFor } from './notifications';

const at = day(20);

describe('journeyNotificationsFor', () => {
  it('tells a reminder’s assignee, in the reminder’s own words', () => {
    const reminder: JourneyEvent = {
      type: 'ReminderFired',
      at,
      actor: system,
      reminder: 'logbook_missing',
      taskId: 'logbook_missing:0-2',
      assigneeRole: 'volunteer_family',
      dueAt: at,
      summary: 'Write the logbook entry for week 2.',
    };
    expect(journeyNotificationsFor(reminder)).toEqual([
      { recipientRole: 'volunteer_family', kind: 'ReminderFired', summary: 'Write the logbook entry for week 2.' },
    ]);
  });

  it('alerts the coordinator to a concern or unstable visits', () => {
    const concern: JourneyEvent = {
      type: 'ConcernRaised',
      at,
      actor: coordinator,
      concernId: 'concern:1',
      source: 'conversation',
      description: 'worried',
      assessmentDueAt: day(22),
    };
    expect(journeyNotificationsFor(concern)).toEqual([{ recipientRole: 'coordinator', kind: 'ConcernRaised', summary: 'ConcernRaised' }]);
    const alert: JourneyEvent = {
      type: 'StabilityAlertRaised',
      at,
      actor: system,
      matchNumber: 0,
      week: 4,
      rules: ['in_a_row'],
      cancellationsInARow: 3,
      cancellationsInWindow: 3,
    };
    expect(journeyNotificationsFor(alert).map((notice) => notice.recipientRole)).toEqual(['coordinator']);
  });

  it('tells the caseworker of milestones only', () => {
    expect(journeyNotificationsFor({ type: 'MatchMade', at, actor: coordinator, familyId: 'family-1', matchNumber: 0 })).toEqual([
      { recipientRole: 'caseworker', kind: 'MatchMade', summary: 'MatchMade' },
    ]);
    const notified: JourneyEvent = { type: 'ConcernAssessed', at, actor: coordinator, concernId: 'concern:1', outcome: 'notification_to_municipality', note: 'sent' };
    expect(journeyNotificationsFor(notified).map((notice) => notice.recipientRole)).toEqual(['caseworker']);
    expect(journeyNotificationsFor({ type: 'VisitsResumed', at, actor: coordinator })).toEqual([]);
  });

  it.each(['ConsentWithdrawn', 'MatchMade', 'FriendshipMeetingHeld', 'OneYearReviewHeld', 'JourneyClosed'] as const)(
    'tells the caseworker when %s (withdrawn, matched, active, reviewed, ended)',
    (type) => {
      const event = { type, at, actor: coordinator } as unknown as JourneyEvent;
      expect(journeyNotificationsFor(event).map((notice) => notice.recipientRole)).toEqual(['caseworker']);
    },
  );

  it('tells the caseworker of a concern only when it led to a notification to the municipality', () => {
    const assessed = (outcome: 'no_action' | 'talk_with_family'): JourneyEvent => ({ type: 'ConcernAssessed', at, actor: coordinator, concernId: 'concern:1', outcome, note: 'talked' });
    expect(journeyNotificationsFor(assessed('no_action'))).toEqual([]);
    expect(journeyNotificationsFor(assessed('talk_with_family'))).toEqual([]);
  });
});
