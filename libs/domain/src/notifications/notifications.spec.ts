import { FAMILY_EVENT_TYPES } from '../family/family-event-types';
import type { FamilyEvent } from '../family/family-events';
import { familyNotificationsFor } from '../family/notifications';
import { JOURNEY_EVENT_TYPES } from '../journey/event-types';
import type { JourneyEvent } from '../journey/events';
import { journeyNotificationsFor } from '../journey/notifications';
import { CONCERN_OUTCOMES } from '../journey/vocabulary';
import { ROLES } from '../shared/actor';
import { emailRetryDelayMs, FIRST_EMAIL_RETRY_MS, MAX_EMAIL_RETRY_MS } from './email-retry';
import { notificationEmail } from './notification-email';
import { NOTIFICATION_KINDS } from './notification-kinds';
import { rolesNotifiedAsAWhole } from './notification-reach';

/** Events of every type with every field the notification rules read, so each rule can answer. */
function journeyEventsOfEveryType(): JourneyEvent[] {
  return JOURNEY_EVENT_TYPES.flatMap((type) =>
    ROLES.flatMap((assigneeRole) =>
      CONCERN_OUTCOMES.map((outcome) => ({ type, assigneeRole, outcome, summary: 'due' }) as unknown as JourneyEvent),
    ),
  );
}

describe('notification kinds', () => {
  it('name every kind the journey’s and the family’s rules give, and nothing else', () => {
    const journeyKinds = journeyEventsOfEveryType().flatMap((event) => journeyNotificationsFor(event).map((notice) => notice.kind));
    const familyKinds = FAMILY_EVENT_TYPES.flatMap((type) =>
      familyNotificationsFor({ type, reason: 'moving' } as unknown as FamilyEvent, 'Familien Hansen').map((notice) => notice.kind),
    );
    expect([...new Set([...journeyKinds, ...familyKinds])].sort()).toEqual([...NOTIFICATION_KINDS].sort());
  });
});

describe('emailRetryDelayMs', () => {
  it('waits 10 seconds after the first failure and doubles the wait after each further one', () => {
    expect(emailRetryDelayMs(1)).toBe(FIRST_EMAIL_RETRY_MS);
    expect(emailRetryDelayMs(2)).toBe(20_000);
    expect(emailRetryDelayMs(3)).toBe(40_000);
  });

  it('never waits more than an hour, however long the relay stays down', () => {
    expect(emailRetryDelayMs(10)).toBe(MAX_EMAIL_RETRY_MS);
    expect(emailRetryDelayMs(10_000)).toBe(MAX_EMAIL_RETRY_MS);
  });
});

describe('notificationEmail', () => {
  it('says in Danish that something new waits, and links to the inbox', () => {
    const email = notificationEmail('https://venskab.example.dk/');
    expect(email.subject).toBe('Nyt i Venskab');
    expect(email.text).toContain('Der er nyt til dig i Venskab');
    expect(email.text).toContain('https://venskab.example.dk/notifications');
  });

  it('is the same for every notification, so it cannot carry a child, a name or an event', () => {
    expect(notificationEmail('https://venskab.example.dk')).toEqual(notificationEmail('https://venskab.example.dk/'));
  });
});

describe('rolesNotifiedAsAWhole', () => {
  it('are the coordinators and programme managers; every other role only hears of its own', () => {
    expect(rolesNotifiedAsAWhole().sort()).toEqual(['coordinator', 'programme_manager']);
  });
});
