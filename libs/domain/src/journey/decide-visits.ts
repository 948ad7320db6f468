import { isOneOf } from '../shared/one-of';
import { accept, Decision, refuse } from '../shared/refusal';
import { Instant } from '../shared/time';
import { PauseVisits, RecordFollowUp, RecordSupervision, ResumeVisits, ScreenLogbooks, WriteLogbookEntry } from './commands';
import { concernRaised, isInstant, optionalNote, textOrEmpty } from './decide-support';
import { JourneyEvent, LogbookEntryWritten } from './events';
import { supervisionSessionCount } from './first-year-plan';
import { stabilityFinding } from './stability';
import { JourneyState, LogbookEntry } from './state';
import { JOURNEY_LIMITS } from './field-limits';
import { CANCELLED_BY, FOLLOW_UP_WITH, PAUSE_REASONS, SESSION_OUTCOMES, VISIT_OUTCOMES } from './vocabulary';
import { currentMetMatch, hasLogbookEntry, isWeekPaused, logbookOf, MetMatch, weekOf, weekStart } from './visit-weeks';

function resolveWeek(state: JourneyState, match: MetMatch, command: WriteLogbookEntry, now: Instant): number | Decision<JourneyEvent> {
  if (command.visitDate !== undefined) {
    if (!isInstant(command.visitDate) || Date.parse(command.visitDate) < Date.parse(match.meeting.heldAt) || Date.parse(command.visitDate) > Date.parse(now)) {
      return refuse('visit_date_invalid', 'The visit date must lie between the friendship meeting and today.');
    }
    const week = weekOf(state, match, command.visitDate);
    if (command.week !== undefined && command.week !== week) {
      return refuse('week_and_date_disagree', `The visit date lies in week ${week}, not in the week given.`);
    }
    return week;
  }
  if (command.week === undefined) return refuse('week_missing', 'Give the week number or the date of the visit.');
  if (!Number.isInteger(command.week) || command.week < JOURNEY_LIMITS.visitWeek.minimum) {
    return refuse('week_invalid', 'Weeks are counted 1, 2, 3 … from the friendship meeting.');
  }
  return command.week;
}

/** Only the matched family writes the logbook, once per visit week; a flagged worry raises a concern at once. */
export function decideLogbookEntry(state: JourneyState, command: WriteLogbookEntry, now: Instant): Decision<JourneyEvent> {
  const match = currentMetMatch(state);
  if (!match || command.familyId !== match.familyId) {
    return refuse('not_the_matched_family', 'Only the family matched with this child writes its logbook.');
  }
  const week = resolveWeek(state, match, command, now);
  if (typeof week !== 'number') return week;
  if (Date.parse(weekStart(state, match, week)) > Date.parse(now)) {
    return refuse('week_not_started', `Week ${week} has not started yet.`);
  }
  if (hasLogbookEntry(state, match, week)) {
    return refuse('logbook_week_already_written', `The logbook for week ${week} has already been written.`);
  }
  if (!isOneOf(VISIT_OUTCOMES, command.visit)) {
    return refuse('visit_outcome_invalid', 'Say whether the visit was held or cancelled.');
  }
  const cancelled = command.visit === 'cancelled';
  if (cancelled && !isOneOf(CANCELLED_BY, command.cancelledBy)) {
    return refuse('cancelled_by_missing', 'Say who cancelled the visit: the family, the child or the parents.');
  }
  if (cancelled && isWeekPaused(state, match, week)) {
    return refuse('week_paused', `Week ${week} was paused; a visit that did not happen then is no cancellation and needs no entry.`);
  }
  const written: LogbookEntryWritten = {
    type: 'LogbookEntryWritten',
    at: now,
    actor: command.actor,
    familyId: match.familyId,
    matchNumber: match.matchNumber,
    week,
    ...(command.visitDate === undefined ? {} : { visitDate: command.visitDate }),
    visit: command.visit,
    ...(cancelled ? { cancelledBy: command.cancelledBy } : {}),
    note: textOrEmpty(command.note),
    concern: command.concern === true,
  };
  const events: JourneyEvent[] = [written];
  if (cancelled) {
    const entry: LogbookEntry = { ...written, writtenAt: now };
    const finding = stabilityFinding(state, match.matchNumber, [...logbookOf(state, match), entry]);
    if (finding) events.push({ type: 'StabilityAlertRaised', at: now, actor: command.actor, matchNumber: match.matchNumber, ...finding });
  }
  if (written.concern) {
    events.push(concernRaised(state, now, command.actor, 'logbook', `A worry was flagged in the logbook for week ${week}.`, week));
  }
  return accept(...events);
}

export function decidePause(_state: JourneyState, command: PauseVisits, now: Instant): Decision<JourneyEvent> {
  if (!isOneOf(PAUSE_REASONS, command.reason)) return refuse('pause_reason_invalid', 'Say why the visits pause: holiday, illness or other.');
  return accept({
    type: 'VisitsPaused',
    at: now,
    actor: command.actor,
    reason: command.reason,
    ...optionalNote(command.note),
  });
}

export function decideResume(_state: JourneyState, command: ResumeVisits, now: Instant): Decision<JourneyEvent> {
  return accept({ type: 'VisitsResumed', at: now, actor: command.actor, ...optionalNote(command.note) });
}

export function decideScreenLogbooks(_state: JourneyState, command: ScreenLogbooks, now: Instant): Decision<JourneyEvent> {
  return accept({ type: 'LogbooksScreened', at: now, actor: command.actor, ...optionalNote(command.note) });
}

export function decideSupervision(state: JourneyState, command: RecordSupervision, now: Instant): Decision<JourneyEvent> {
  if (!isOneOf(SESSION_OUTCOMES, command.outcome)) return refuse('outcome_invalid', 'Say whether the session was held or missed.');
  const match = currentMetMatch(state) as MetMatch;
  const recorded = state.supervision.filter((s) => s.matchNumber === match.matchNumber).map((s) => s.session);
  const sessions = supervisionSessionCount(state.policy);
  const session = command.session ?? Array.from({ length: sessions }, (_, i) => i + 1).find((n) => !recorded.includes(n));
  if (session === undefined) return refuse('no_supervision_left', 'Every supervision session of the first year has been recorded.');
  if (!Number.isInteger(session) || session < JOURNEY_LIMITS.supervisionSession.minimum || session > sessions) {
    return refuse('session_invalid', `The first year has supervision sessions 1 to ${sessions}.`);
  }
  if (recorded.includes(session)) return refuse('session_already_recorded', `Supervision session ${session} has already been recorded.`);
  return accept({
    type: 'SupervisionRecorded',
    at: now,
    actor: command.actor,
    matchNumber: match.matchNumber,
    session,
    outcome: command.outcome,
    ...optionalNote(command.note),
  });
}

export function decideFollowUp(state: JourneyState, command: RecordFollowUp, now: Instant): Decision<JourneyEvent> {
  if (!isOneOf(FOLLOW_UP_WITH, command.with)) return refuse('follow_up_with_invalid', 'Say whether the follow-up was with the child or the parents.');
  if (!isOneOf(SESSION_OUTCOMES, command.outcome)) return refuse('outcome_invalid', 'Say whether the follow-up was held or missed.');
  const match = currentMetMatch(state) as MetMatch;
  const recorded = state.followUps.filter((f) => f.matchNumber === match.matchNumber && f.with === command.with).map((f) => f.round);
  const rounds = state.policy.followUpDays.length;
  const round = command.round ?? Array.from({ length: rounds }, (_, i) => i + 1).find((n) => !recorded.includes(n));
  if (round === undefined) return refuse('no_follow_up_left', `Every follow-up with the ${command.with} has been recorded.`);
  if (!Number.isInteger(round) || round < JOURNEY_LIMITS.followUpRound.minimum || round > rounds) return refuse('round_invalid', `Follow-ups are numbered 1 to ${rounds}.`);
  if (recorded.includes(round)) return refuse('follow_up_already_recorded', `Follow-up ${round} with the ${command.with} has already been recorded.`);
  return accept({
    type: 'FollowUpRecorded',
    at: now,
    actor: command.actor,
    matchNumber: match.matchNumber,
    round,
    with: command.with,
    outcome: command.outcome,
    ...optionalNote(command.note),
  });
}
