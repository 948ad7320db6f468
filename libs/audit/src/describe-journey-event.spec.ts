import type { JourneyEvent } from '@venskab/domain/journey';
import { caseworker, closed, coordinator, day, family, FAMILY_ID, referred, system } from '@venskab/domain/journey/journey.fixture';
import { describeJourneyEvent } from './describe-journey-event';
import { fixtureJourney } from './journey-history.fixture';
import { journeyTimeline } from './journey-timeline';

const at = '2025-03-04T14:05:09.000Z';

describe('describing journey events in words', () => {
  it('says when, who (role and user id) and what', () => {
    const [referral] = referred().events;
    expect(describeJourneyEvent(referral).sentence).toBe(
      'On 2025-01-06 at 09:00:00 UTC, caseworker cw-1 referred a child aged 8 under barnets-lov-32 (unit BBU Nord).',
    );
  });

  it('gives the reason where the event has one, and keeps it verbatim', () => {
    const event: JourneyEvent = { type: 'ConsentWithdrawn', at, actor: caseworker, withdrawnBy: 'custody_holders', reason: 'The mother no longer wants it.' };
    expect(describeJourneyEvent(event)).toEqual({
      sentence: 'On 2025-03-04 at 14:05:09 UTC, caseworker cw-1 recorded that the custody holders withdrew consent, because "The mother no longer wants it".',
      kind: 'action',
      reason: 'The mother no longer wants it.',
    });
  });

  it('quotes a note as what the person noted', () => {
    const event: JourneyEvent = { type: 'LogbookEntryWritten', at, actor: family, familyId: FAMILY_ID, matchNumber: 1, week: 3, visit: 'cancelled', cancelledBy: 'child', note: 'Ill with a fever.', concern: false };
    expect(describeJourneyEvent(event).sentence).toBe(
      'On 2025-03-04 at 14:05:09 UTC, volunteer family member fam-user-1 wrote the logbook for visit week 3: the visit was cancelled by the child, noting "Ill with a fever".',
    );
  });

  it('marks a deadline that passed unmet, with whose task it became', () => {
    const overdue = fixtureJourney().events.find((event) => event.type === 'ReminderFired')!;
    expect(describeJourneyEvent(overdue)).toEqual({
      sentence: 'On 2025-01-22 at 09:00:00 UTC, the system recorded a missed deadline: the screening visit at the child’s home is overdue (due 2025-01-22, task for the coordinator).',
      kind: 'missed_deadline',
    });
    const escalation: JourneyEvent = { type: 'ReminderFired', at, actor: system, reminder: 'concern_escalation', taskId: 'concern_escalation:1', assigneeRole: 'programme_manager', dueAt: at, summary: 'A concern for the child has not been assessed in time.' };
    expect(describeJourneyEvent(escalation).kind).toBe('missed_deadline');
    expect(describeJourneyEvent({ type: 'ReferralLapsed', at, actor: system }).kind).toBe('missed_deadline');
  });

  it('marks a reminder that fired ahead of its due moment as a reminder', () => {
    const reminder: JourneyEvent = { type: 'ReminderFired', at, actor: system, reminder: 'consent_reminder', taskId: 'consent_reminder:1', assigneeRole: 'caseworker', dueAt: day(60), summary: 'No consent has been recorded yet; the referral lapses if none comes.' };
    expect(describeJourneyEvent(reminder)).toEqual({
      sentence: 'On 2025-03-04 at 14:05:09 UTC, the system sent a reminder: no consent has been recorded yet; the referral lapses if none comes (due 2025-03-07, task for the caseworker).',
      kind: 'reminder',
    });
  });

  it('describes every event of a whole course in one sentence each', () => {
    const events = closed().events;
    for (const event of events) expect(describeJourneyEvent(event).sentence).toMatch(/^On \d{4}-\d\d-\d\d at \d\d:\d\d:\d\d UTC, [^\n]+\.$/);
    expect(describeJourneyEvent(events.find((event) => event.type === 'JourneyClosed')!).sentence).toContain(
      `coordinator ${coordinator.userId} closed the course because the relationship did not take, after a goodbye`,
    );
  });
});

describe('the timeline', () => {
  it('lists who, what and when per event, in order, with the caseworker’s milestones and the missed deadlines marked', () => {
    const events = fixtureJourney().events.map((event, sequence) => ({ sequence, event }));
    const timeline = journeyTimeline(events);
    expect(timeline.map(({ sequence, type, kind, milestone, who }) => ({ sequence, type, kind, milestone, who }))).toEqual([
      { sequence: 0, type: 'ChildReferred', kind: 'action', milestone: true, who: caseworker },
      { sequence: 1, type: 'ConsentGiven', kind: 'action', milestone: true, who: caseworker },
      { sequence: 2, type: 'ReminderFired', kind: 'missed_deadline', milestone: false, who: system },
      { sequence: 3, type: 'ScreeningVisitHeld', kind: 'action', milestone: false, who: coordinator },
    ]);
    expect(timeline[0].at).toBe(events[0].event.at);
  });
});
