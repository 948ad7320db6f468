import { addDays } from '../shared/time';
import { JourneyCommand } from './commands';
import { JourneyEvent, ReminderFired } from './events';
import { isJourneyFinished } from './finish';
import {
  active,
  closed,
  consented,
  coordinator,
  day,
  family,
  FAMILY_ID,
  JourneyHarness,
  matched,
  MEETING_DAY,
  parent,
  policy,
  proposed,
  referred,
  screened,
  withdrawn,
} from './journey.fixture';
import { eventsDueByTime, nextWakeUp } from './timers';

const reminders = (events: JourneyEvent[]): ReminderFired[] => events.filter((e): e is ReminderFired => e.type === 'ReminderFired');
const kinds = (events: JourneyEvent[]): string[] => events.map((e) => (e.type === 'ReminderFired' ? e.reminder : e.type));
const justBefore = (dayNumber: number): string => new Date(Date.parse(day(dayNumber)) - 1).toISOString();
const openTaskIds = (h: JourneyHarness): string[] => h.state.tasks.filter((t) => t.status === 'open').map((t) => t.taskId);
const logbook = (week: number, visit: 'held' | 'cancelled' = 'held'): JourneyCommand => ({
  type: 'WriteLogbookEntry',
  actor: family,
  familyId: FAMILY_ID,
  week,
  visit,
  ...(visit === 'cancelled' ? { cancelledBy: 'child' as const } : {}),
  note: '',
  concern: false,
});

describe('consent timers', () => {
  it('reminds the caseworker once at 30 days and lapses the referral at 60', () => {
    const h = referred();
    expect(nextWakeUp(h.state)).toBe(day(30));
    expect(h.tick(justBefore(30))).toEqual([]);
    const fired = h.tick(day(30));
    expect(reminders(fired)).toMatchObject([{ reminder: 'consent_reminder', assigneeRole: 'caseworker', dueAt: day(60), actor: { role: 'system' } }]);
    expect(openTaskIds(h)).toEqual(['consent_reminder:1']);
    expect(h.tick(day(45))).toEqual([]);
    expect(nextWakeUp(h.state)).toBe(day(60));
    expect(kinds(h.tick(day(60)))).toEqual(['ReferralLapsed']);
    expect(h.state.stage).toBe('lapsed');
    expect(openTaskIds(h)).toEqual([]);
    expect(nextWakeUp(h.state)).toBeNull();
    expect(isJourneyFinished(h.state)).toBe(true);
  });

  it('fires reminder and lapse in order when the workflow wakes late', () => {
    expect(kinds(eventsDueByTime(referred().state, day(90)))).toEqual(['consent_reminder', 'ReferralLapsed']);
  });

  it('closes the reminder task when consent arrives', () => {
    const h = referred();
    h.tick(day(31));
    consented(h);
    expect(h.state.tasks[0]).toMatchObject({ taskId: 'consent_reminder:1', status: 'done', resolution: 'fulfilled' });
    expect(nextWakeUp(h.state)).toBe(addDays(day(2), policy.screeningDueDays, policy.dayLengthMs));
  });
});

describe('screening and matching timers', () => {
  it('opens an overdue screening task 14 days after consent, once', () => {
    const h = consented();
    expect(h.tick(justBefore(16))).toEqual([]);
    expect(reminders(h.tick(day(16)))).toMatchObject([{ reminder: 'screening_overdue', assigneeRole: 'coordinator' }]);
    expect(h.tick(day(17))).toEqual([]);
    screened(h);
    expect(openTaskIds(h)).toEqual([]);
  });

  it('reminds the coordinator at 30 days of waiting and escalates to the programme manager at 60', () => {
    const h = screened();
    expect(reminders(h.tick(day(35)))).toMatchObject([{ reminder: 'matching_reminder', assigneeRole: 'coordinator' }]);
    expect(reminders(h.tick(day(65)))).toMatchObject([{ reminder: 'matching_escalation', assigneeRole: 'programme_manager' }]);
    expect(h.tick(day(100))).toEqual([]);
  });

  it('keeps counting the wait while a proposal is pending, and stops once both sides accept', () => {
    const h = proposed();
    expect(reminders(h.tick(day(35))).map((r) => r.reminder)).toEqual(['matching_reminder']);
    matched(h);
    expect(openTaskIds(h)).toEqual([]);
    expect(h.tick(day(70))).toEqual([]);
  });
});

describe('logbook timers', () => {
  const weekOneReminderDay = MEETING_DAY + policy.visitIntervalDays + policy.logbookGraceDays;

  it('reminds the family when a visit week has no entry after the grace days', () => {
    const h = active();
    expect(h.tick(justBefore(weekOneReminderDay)).filter((e) => e.type === 'ReminderFired' && e.reminder === 'logbook_missing')).toEqual([]);
    const fired = reminders(h.tick(day(weekOneReminderDay))).filter((r) => r.reminder === 'logbook_missing');
    expect(fired).toMatchObject([{ taskId: 'logbook_missing:0-1', assigneeRole: 'volunteer_family' }]);
    h.do(logbook(1), day(weekOneReminderDay + 1));
    expect(h.state.tasks.find((t) => t.taskId === 'logbook_missing:0-1')).toMatchObject({ status: 'done', resolution: 'fulfilled' });
  });

  it('does not remind for a week already written', () => {
    const h = active();
    h.do(logbook(1), day(MEETING_DAY + 3));
    const fired = reminders(h.tick(day(weekOneReminderDay + 7))).filter((r) => r.reminder === 'logbook_missing');
    expect(fired.map((r) => r.taskId)).toEqual(['logbook_missing:0-2']);
  });

  it('does not remind for paused weeks, and resumes after the pause', () => {
    const h = active();
    h.do(logbook(1), day(MEETING_DAY + 3));
    h.do({ type: 'PauseVisits', actor: family, reason: 'holiday' }, day(MEETING_DAY + 8)); // week 2 onward paused
    const whilePaused = reminders(h.tick(day(MEETING_DAY + 40))).filter((r) => r.reminder === 'logbook_missing');
    expect(whilePaused).toEqual([]);
    h.do({ type: 'ResumeVisits', actor: family }, day(MEETING_DAY + 40)); // resumes in week 6, which is paused too
    const after = reminders(h.tick(day(MEETING_DAY + 7 * 7 + policy.logbookGraceDays))).filter((r) => r.reminder === 'logbook_missing');
    expect(after.map((r) => r.taskId)).toEqual(['logbook_missing:0-7']);
  });

  it('opens a weekly screening task for the coordinator unless the logbooks were just screened', () => {
    const h = active();
    const first = reminders(h.tick(day(MEETING_DAY + 7))).filter((r) => r.reminder === 'logbook_screening');
    expect(first).toMatchObject([{ taskId: 'logbook_screening:0-1', assigneeRole: 'coordinator' }]);
    h.do({ type: 'ScreenLogbooks', actor: coordinator }, day(MEETING_DAY + 13));
    expect(h.state.tasks.find((t) => t.taskId === 'logbook_screening:0-1')?.status).toBe('done');
    const second = reminders(h.tick(day(MEETING_DAY + 21))).filter((r) => r.reminder === 'logbook_screening');
    expect(second.map((r) => r.taskId)).toEqual(['logbook_screening:0-3']);
  });
});

describe('cancellation stability alert', () => {
  const alerts = (events: JourneyEvent[]) => events.filter((e) => e.type === 'StabilityAlertRaised');

  it('alerts the coordinator at two cancellations in a row, once per run', () => {
    const h = active();
    expect(alerts(h.do(logbook(1, 'cancelled'), day(MEETING_DAY + 1)))).toEqual([]);
    expect(alerts(h.do(logbook(2, 'cancelled'), day(MEETING_DAY + 8)))).toMatchObject([{ rules: ['in_a_row'], cancellationsInARow: 2 }]);
    expect(openTaskIds(h)).toContain('stability_alert:1');
    // A third in a row is the same run, but now also three within eight weeks.
    expect(alerts(h.do(logbook(3, 'cancelled'), day(MEETING_DAY + 15)))).toMatchObject([{ rules: ['in_window'], cancellationsInWindow: 3 }]);
    h.do({ type: 'ScreenLogbooks', actor: coordinator }, day(MEETING_DAY + 16));
    expect(openTaskIds(h).filter((id) => id.startsWith('stability'))).toEqual([]);
  });

  it('alerts at three cancellations within eight weeks even when none are in a row', () => {
    const h = active();
    const found: JourneyEvent[] = [];
    [1, 3, 5].forEach((week) => {
      h.do(logbook(week + 1), day(MEETING_DAY + week * 7 + 1));
      found.push(...alerts(h.do(logbook(week, 'cancelled'), day(MEETING_DAY + week * 7 + 1))));
    });
    expect(found).toMatchObject([{ rules: ['in_window'], week: 6, cancellationsInARow: 0, cancellationsInWindow: 3 }]);
    expect(h.state.cancellations).toHaveLength(3);
  });

  it('does not count paused weeks as cancellations', () => {
    const h = active();
    h.do({ type: 'PauseVisits', actor: family, reason: 'illness' }, day(MEETING_DAY + 1));
    const decision = () => h.do(logbook(1, 'cancelled'), day(MEETING_DAY + 2));
    expect(decision).toThrow(/week_paused/);
    expect(h.state.cancellations).toEqual([]);
  });
});

describe('first-year timers', () => {
  const firedOfKind = (h: JourneyHarness, until: number, kind: string) =>
    reminders(h.tick(day(until))).filter((r) => r.reminder === kind);

  it('plans group supervision every 61 days during the first year only', () => {
    const h = active();
    const fired = firedOfKind(h, MEETING_DAY + 400, 'supervision');
    expect(fired.map((r) => r.dueAt)).toEqual([61, 122, 183, 244, 305].map((d) => day(MEETING_DAY + d)));
  });

  it('closes a supervision task when the session is recorded, and never fires a recorded session', () => {
    const h = active();
    h.do({ type: 'RecordSupervision', actor: coordinator, outcome: 'held' }, day(MEETING_DAY + 60));
    expect(firedOfKind(h, MEETING_DAY + 130, 'supervision').map((r) => r.taskId)).toEqual(['supervision:0-2']);
    h.do({ type: 'RecordSupervision', actor: coordinator, outcome: 'missed' }, day(MEETING_DAY + 131));
    expect(h.state.tasks.find((t) => t.taskId === 'supervision:0-2')).toMatchObject({ status: 'done' });
  });

  it('follows up with child and parents after 1, 3, 6 and 9 months', () => {
    const h = active();
    const fired = reminders(h.tick(day(MEETING_DAY + 300))).filter((r) => r.reminder.startsWith('follow_up'));
    expect(fired.filter((r) => r.reminder === 'follow_up_child').map((r) => r.dueAt)).toEqual(
      [30, 91, 182, 273].map((d) => day(MEETING_DAY + d)),
    );
    expect(fired.filter((r) => r.reminder === 'follow_up_parents')).toHaveLength(4);
    h.do({ type: 'RecordFollowUp', actor: coordinator, with: 'parents', outcome: 'held', round: 2 }, day(MEETING_DAY + 301));
    expect(h.state.tasks.find((t) => t.taskId === 'follow_up_parents:0-2')?.status).toBe('done');
    expect(h.state.tasks.find((t) => t.taskId === 'follow_up_child:0-2')?.status).toBe('open');
  });

  it('reminds of the one-year review 14 days before and escalates 30 days after', () => {
    const h = active();
    h.tick(day(MEETING_DAY + 350));
    expect(firedOfKind(h, MEETING_DAY + 351, 'review_upcoming')).toMatchObject([{ assigneeRole: 'coordinator', dueAt: day(MEETING_DAY + 365) }]);
    expect(firedOfKind(h, MEETING_DAY + 394, 'review_overdue')).toEqual([]);
    expect(firedOfKind(h, MEETING_DAY + 395, 'review_overdue')).toMatchObject([{ assigneeRole: 'programme_manager' }]);
  });
});

describe('concern assessment deadline', () => {
  it('escalates an unassessed concern to the programme manager after 24 hours, once', () => {
    const h = active();
    const raisedAt = day(MEETING_DAY + 2);
    h.do({ type: 'RaiseConcern', actor: parent, source: 'conversation', description: 'Child afraid to go home' }, raisedAt);
    const deadline = addDays(raisedAt, 1, policy.dayLengthMs);
    expect(openTaskIds(h)).toContain('concern_assessment:1');
    expect(nextWakeUp(h.state)).toBe(deadline);
    expect(reminders(h.tick(deadline))).toMatchObject([{ reminder: 'concern_escalation', taskId: 'concern_escalation:1', assigneeRole: 'programme_manager' }]);
    expect(reminders(h.tick(day(MEETING_DAY + 4))).filter((r) => r.reminder === 'concern_escalation')).toEqual([]);
    h.do({ type: 'AssessConcern', actor: coordinator, concernId: 'concern:1', outcome: 'talk_with_family', note: 'Talked with mother' }, day(MEETING_DAY + 4));
    expect(openTaskIds(h).filter((id) => id.startsWith('concern'))).toEqual([]);
  });

  it('does not escalate a concern assessed in time', () => {
    const h = active();
    h.do({ type: 'RaiseConcern', actor: coordinator, source: 'conversation', description: 'Hungry at every visit' }, day(MEETING_DAY + 2));
    h.do({ type: 'AssessConcern', actor: coordinator, concernId: 'concern:1', outcome: 'no_action', note: 'Grew fast' }, day(MEETING_DAY + 2.5));
    expect(reminders(h.tick(day(MEETING_DAY + 5))).filter((r) => r.reminder === 'concern_escalation')).toEqual([]);
  });

  it('still runs after consent is withdrawn, and keeps the workflow open until assessed', () => {
    const h = active();
    h.do({ type: 'RaiseConcern', actor: coordinator, source: 'conversation', description: 'Marks on the neck' }, day(19));
    withdrawn(h);
    expect(isJourneyFinished(h.state)).toBe(false);
    expect(reminders(h.tick(day(21))).map((r) => r.reminder)).toEqual(['concern_escalation']);
    h.do({ type: 'AssessConcern', actor: coordinator, concernId: 'concern:1', outcome: 'notification_to_municipality', note: 'Notified' }, day(21));
    expect(isJourneyFinished(h.state)).toBe(true);
    expect(nextWakeUp(h.state)).toBeNull();
  });
});

describe('post-end measurement', () => {
  it('falls due 182 days after the end and is given up after the grace period, so the journey can finish', () => {
    const h = closed();
    expect(isJourneyFinished(h.state)).toBe(false);
    expect(h.state.postEndMeasurement).toEqual({ dueAt: day(45 + 182), status: 'pending' });
    expect(reminders(h.tick(day(45 + 182)))).toMatchObject([{ reminder: 'post_end_measurement', assigneeRole: 'coordinator' }]);
    expect(kinds(h.tick(day(45 + 182 + policy.followUpMeasurementGraceDays)))).toEqual(['PostEndMeasurementExpired']);
    expect(isJourneyFinished(h.state)).toBe(true);
    expect(nextWakeUp(h.state)).toBeNull();
  });

  it('finishes the journey once recorded', () => {
    const h = closed();
    h.tick(day(45 + 182));
    h.do({ type: 'RecordPostEndMeasurement', actor: coordinator, measurement: null, note: 'Family declined' }, day(45 + 190));
    expect(h.state.postEndMeasurement?.status).toBe('declined');
    expect(isJourneyFinished(h.state)).toBe(true);
  });
});

describe('waking up late', () => {
  it('produces everything due exactly once and leaves nothing due at or before now', () => {
    const h = active();
    const now = day(MEETING_DAY + 500);
    const events = h.tick(now);
    const ids = reminders(events).map((r) => r.taskId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(h.tick(now)).toEqual([]);
    expect(Date.parse(nextWakeUp(h.state) as string)).toBeGreaterThan(Date.parse(now));
  });
});
