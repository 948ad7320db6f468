import { active, closed, continuing, coordinator, day, MEETING_DAY, meetingScheduled, referred } from './journey.fixture';
import { isJourneyFinished } from './finish';
import { schedule } from './schedule';

describe('schedule', () => {
  it('shows what is ahead for a referral: the consent reminder to the caseworker', () => {
    expect(schedule(referred().state, day(1))).toEqual([
      { kind: 'consent_reminder', dueAt: day(30), overdue: false, assigneeRole: 'caseworker', summary: expect.any(String) },
    ]);
  });

  it('marks open tasks overdue once their due time has passed', () => {
    const h = referred();
    h.tick(day(30));
    const items = schedule(h.state, day(61));
    expect(items[0]).toMatchObject({ kind: 'consent_reminder', taskId: 'consent_reminder:1', dueAt: day(60), overdue: true });
  });

  it('shows the agreed friendship meeting', () => {
    expect(schedule(meetingScheduled().state, day(9))).toContainEqual(
      expect.objectContaining({ kind: 'friendship_meeting', dueAt: day(MEETING_DAY), assigneeRole: 'coordinator', overdue: false }),
    );
  });

  it('lists the next occurrence of each first-year activity in time order', () => {
    const items = schedule(active().state, day(MEETING_DAY));
    expect(items.map((i) => i.kind)).toEqual([
      'logbook_screening',
      'logbook_missing',
      'follow_up_child',
      'follow_up_parents',
      'supervision',
      'review_upcoming',
      'review_overdue',
    ]);
    expect(items.map((i) => Date.parse(i.dueAt))).toEqual([...items.map((i) => Date.parse(i.dueAt))].sort((a, b) => a - b));
  });

  it('after the end shows the bridge-building task and the post-end measurement', () => {
    expect(schedule(closed().state, day(46)).map((i) => i.kind)).toEqual(['bridge_building', 'post_end_measurement']);
  });
});

describe('isJourneyFinished', () => {
  it('a continuing course is finished once the post-end measurement is settled', () => {
    const h = continuing();
    expect(isJourneyFinished(h.state)).toBe(false);
    h.do({ type: 'RecordPostEndMeasurement', actor: coordinator, measurement: null }, day(MEETING_DAY + 400));
    expect(isJourneyFinished(h.state)).toBe(true);
  });

  it('a journey still running is never finished', () => {
    expect(isJourneyFinished(active().state)).toBe(false);
  });
});
