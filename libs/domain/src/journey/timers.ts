import { Role, SYSTEM_ACTOR } from '../shared/actor';
import { addDays, Instant } from '../shared/time';
import { JourneyEvent, ReminderKind } from './events';
import { evolve } from './evolve';
import { followUpDueAt, reviewDueAt, supervisionDueAt, supervisionSessionCount } from './first-year-plan';
import { VISITING_STAGES } from './stages';
import { JourneyState } from './state';
import { currentMetMatch, isWeekPaused, logbookOf, MetMatch, openPause, weekEnd, weekStart } from './visit-weeks';
import { FollowUpWith } from './vocabulary';

/**
 * Something time will bring: a reminder that opens a task, or the referral lapsing, or the
 * post-end measurement being given up. Recurring series list only their next occurrence.
 */
export interface PendingTimer {
  kind: ReminderKind | 'referral_lapse' | 'post_end_measurement_expiry';
  fireAt: Instant;
  taskId: string;
  assigneeRole: Role;
  dueAt: Instant;
  summary: string;
}

export function pendingTimers(state: JourneyState): PendingTimer[] {
  return [
    ...consentTimers(state),
    ...screeningTimers(state),
    ...matchingTimers(state),
    ...visitTimers(state),
    ...concernTimers(state),
    ...afterCareTimers(state),
  ].filter((timer) => !state.firedReminders.includes(timer.taskId));
}

/** What time passing produces at `now`, in order, each once: the state remembers what fired. */
export function eventsDueByTime(state: JourneyState, now: Instant): JourneyEvent[] {
  const events: JourneyEvent[] = [];
  let current = state;
  // One at a time, because an event can cancel others (a lapse ends every other reminder).
  for (;;) {
    const due = earliest(pendingTimers(current).filter((timer) => Date.parse(timer.fireAt) <= Date.parse(now)));
    if (!due) return events;
    const event = timerEvent(due, now);
    events.push(event);
    current = evolve(current, event);
  }
}

/**
 * The earliest instant at which eventsDueByTime will produce something; null when nothing is pending
 * (the journey then waits for a command). It can lie in the past if eventsDueByTime was not applied yet.
 */
export function nextWakeUp(state: JourneyState): Instant | null {
  return earliest(pendingTimers(state))?.fireAt ?? null;
}

function earliest(timers: PendingTimer[]): PendingTimer | undefined {
  return timers.reduce<PendingTimer | undefined>(
    (first, timer) => (!first || Date.parse(timer.fireAt) < Date.parse(first.fireAt) ? timer : first),
    undefined,
  );
}

function timerEvent(timer: PendingTimer, now: Instant): JourneyEvent {
  const base = { at: now, actor: SYSTEM_ACTOR };
  switch (timer.kind) {
    case 'referral_lapse':
      return { type: 'ReferralLapsed', ...base };
    case 'post_end_measurement_expiry':
      return { type: 'PostEndMeasurementExpired', ...base };
    default:
      return {
        type: 'ReminderFired',
        ...base,
        reminder: timer.kind,
        taskId: timer.taskId,
        assigneeRole: timer.assigneeRole,
        dueAt: timer.dueAt,
        summary: timer.summary,
      };
  }
}

const days = (state: JourneyState, from: Instant, count: number): Instant => addDays(from, count, state.policy.dayLengthMs);

function consentTimers(state: JourneyState): PendingTimer[] {
  if (state.stage !== 'awaiting_consent' || !state.referral) return [];
  const referredAt = state.referral.referredAt;
  const lapsesAt = days(state, referredAt, state.policy.consentLapseDays);
  return [
    {
      kind: 'consent_reminder',
      fireAt: days(state, referredAt, state.policy.consentReminderDays),
      taskId: 'consent_reminder:1',
      assigneeRole: 'caseworker',
      dueAt: lapsesAt,
      summary: 'No consent has been recorded yet; the referral lapses if none comes.',
    },
    { kind: 'referral_lapse', fireAt: lapsesAt, taskId: 'referral_lapse:1', assigneeRole: 'system', dueAt: lapsesAt, summary: 'The referral lapses without consent.' },
  ];
}

function screeningTimers(state: JourneyState): PendingTimer[] {
  if (state.stage !== 'screening' || !state.consent.givenAt) return [];
  const dueAt = days(state, state.consent.givenAt, state.policy.screeningDueDays);
  return [
    {
      kind: 'screening_overdue',
      fireAt: dueAt,
      taskId: 'screening_overdue:1',
      assigneeRole: 'coordinator',
      dueAt,
      summary: 'The screening visit at the child’s home is overdue.',
    },
  ];
}

/** The child is waiting for a family until both sides accept; each wait (first match, each rematch) is counted on its own. */
function matchingTimers(state: JourneyState): PendingTimer[] {
  if (state.stage !== 'matching' || state.match || !state.matchingSince) return [];
  const escalatesAt = days(state, state.matchingSince, state.policy.matchingEscalationDays);
  return [
    {
      kind: 'matching_reminder',
      fireAt: days(state, state.matchingSince, state.policy.matchingReminderDays),
      taskId: `matching_reminder:${state.rematchCount}`,
      assigneeRole: 'coordinator',
      dueAt: escalatesAt,
      summary: 'The child has waited long for a friendship family; find a match.',
    },
    {
      kind: 'matching_escalation',
      fireAt: escalatesAt,
      taskId: `matching_escalation:${state.rematchCount}`,
      assigneeRole: 'programme_manager',
      dueAt: escalatesAt,
      summary: 'The child has waited too long for a friendship family; help find one.',
    },
  ];
}

function visitTimers(state: JourneyState): PendingTimer[] {
  const match = currentMetMatch(state);
  if (!match || !VISITING_STAGES.includes(state.stage)) return [];
  return [
    ...missingLogbookTimer(state, match),
    ...logbookScreeningTimer(state, match),
    ...supervisionTimer(state, match),
    ...followUpTimer(state, match, 'child'),
    ...followUpTimer(state, match, 'parents'),
    ...reviewTimers(state, match),
  ];
}

/** The first visit week that ended without an entry and was not paused; an open pause stops the series. */
function missingLogbookTimer(state: JourneyState, match: MetMatch): PendingTimer[] {
  const pausedSince = openPause(state)?.from;
  // Looked up once, not per week: this runs for every week of the year at every wake-up.
  const written = new Set(logbookOf(state, match).map((entry) => entry.week));
  const fired = new Set(state.firedReminders);
  for (let week = 1; ; week++) {
    if (pausedSince && Date.parse(weekStart(state, match, week)) >= Date.parse(pausedSince)) return [];
    const taskId = `logbook_missing:${match.matchNumber}-${week}`;
    if (written.has(week) || fired.has(taskId) || isWeekPaused(state, match, week)) continue;
    const fireAt = days(state, weekEnd(state, match, week), state.policy.logbookGraceDays);
    return [
      { kind: 'logbook_missing', fireAt, taskId, assigneeRole: 'volunteer_family', dueAt: fireAt, summary: `Write the logbook for visit week ${week}.` },
    ];
  }
}

/** Weekly screening; a screening the coordinator already did within the period makes that week's task unnecessary. */
function logbookScreeningTimer(state: JourneyState, match: MetMatch): PendingTimer[] {
  const interval = state.policy.logbookScreeningIntervalDays;
  // In epoch milliseconds, each value the same as parsing days(…): this runs for every week of the
  // year at every wake-up, and the text round trips made it the journey's hottest code.
  const msAfter = (fromMs: number, count: number): number => new Date(fromMs + count * state.policy.dayLengthMs).getTime();
  const meetingMs = Date.parse(match.meeting.heldAt);
  const screenings = state.logbookScreenings.map((at) => Date.parse(at)).sort((a, b) => a - b);
  const fired = new Set(state.firedReminders);
  // The periods follow each other, so one pass over the screenings in time order finds each period's first one.
  let after = 0;
  for (let n = 1; ; n++) {
    const taskId = `logbook_screening:${match.matchNumber}-${n}`;
    const fireMs = msAfter(meetingMs, n * interval);
    const periodStart = msAfter(fireMs, -interval);
    while (after < screenings.length && screenings[after] <= periodStart) after++;
    const screenedInPeriod = after < screenings.length && screenings[after] <= fireMs;
    if (fired.has(taskId) || screenedInPeriod) continue;
    const fireAt = new Date(fireMs).toISOString();
    return [{ kind: 'logbook_screening', fireAt, taskId, assigneeRole: 'coordinator', dueAt: fireAt, summary: 'Screen this week’s logbook entries.' }];
  }
}

function supervisionTimer(state: JourneyState, match: MetMatch): PendingTimer[] {
  for (let session = 1; session <= supervisionSessionCount(state.policy); session++) {
    const taskId = `supervision:${match.matchNumber}-${session}`;
    const recorded = state.supervision.some((s) => s.matchNumber === match.matchNumber && s.session === session);
    if (recorded || state.firedReminders.includes(taskId)) continue;
    const fireAt = supervisionDueAt(state.policy, match.meeting.heldAt, session);
    return [{ kind: 'supervision', fireAt, taskId, assigneeRole: 'coordinator', dueAt: fireAt, summary: `Hold group supervision session ${session} with the family.` }];
  }
  return [];
}

function followUpTimer(state: JourneyState, match: MetMatch, withWhom: FollowUpWith): PendingTimer[] {
  for (let round = 1; round <= state.policy.followUpDays.length; round++) {
    const kind = withWhom === 'child' ? 'follow_up_child' : 'follow_up_parents';
    const taskId = `${kind}:${match.matchNumber}-${round}`;
    const recorded = state.followUps.some((f) => f.matchNumber === match.matchNumber && f.round === round && f.with === withWhom);
    if (recorded || state.firedReminders.includes(taskId)) continue;
    const fireAt = followUpDueAt(state.policy, match.meeting.heldAt, round);
    return [{ kind, fireAt, taskId, assigneeRole: 'coordinator', dueAt: fireAt, summary: `Follow up with the ${withWhom} (round ${round}).` }];
  }
  return [];
}

function reviewTimers(state: JourneyState, match: MetMatch): PendingTimer[] {
  if (state.review) return [];
  const { reviewReminderDaysBefore, reviewOverdueDaysAfter } = state.policy;
  const dueAt = reviewDueAt(state.policy, match.meeting.heldAt);
  const overdueAt = days(state, dueAt, reviewOverdueDaysAfter);
  return [
    {
      kind: 'review_upcoming',
      fireAt: days(state, dueAt, -reviewReminderDaysBefore),
      taskId: `review_upcoming:${match.matchNumber}`,
      assigneeRole: 'coordinator',
      dueAt,
      summary: 'Plan the one-year review with the after-measurement.',
    },
    {
      kind: 'review_overdue',
      fireAt: overdueAt,
      taskId: `review_overdue:${match.matchNumber}`,
      assigneeRole: 'programme_manager',
      dueAt: overdueAt,
      summary: 'The one-year review is overdue.',
    },
  ];
}

/** A concern must never sit unread: past its deadline it escalates to the programme manager, even after the end. */
function concernTimers(state: JourneyState): PendingTimer[] {
  return state.concerns
    .filter((concern) => concern.status === 'open')
    .map((concern) => ({
      kind: 'concern_escalation' as const,
      fireAt: concern.assessmentDueAt,
      taskId: `concern_escalation:${concern.concernId.split(':')[1]}`,
      assigneeRole: 'programme_manager' as const,
      dueAt: concern.assessmentDueAt,
      summary: 'A concern for the child has not been assessed in time.',
    }));
}

function afterCareTimers(state: JourneyState): PendingTimer[] {
  const measurement = state.postEndMeasurement;
  if (measurement?.status !== 'pending') return [];
  const givenUpAt = days(state, measurement.dueAt, state.policy.followUpMeasurementGraceDays);
  return [
    {
      kind: 'post_end_measurement',
      fireAt: measurement.dueAt,
      taskId: 'post_end_measurement:1',
      assigneeRole: 'coordinator',
      dueAt: givenUpAt,
      summary: 'Take the wellbeing measurement six months after the end.',
    },
    {
      kind: 'post_end_measurement_expiry',
      fireAt: givenUpAt,
      taskId: 'post_end_measurement_expiry:1',
      assigneeRole: 'system',
      dueAt: givenUpAt,
      summary: 'The post-end measurement is given up.',
    },
  ];
}
