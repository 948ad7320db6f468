import { Instant } from '../shared/time';
import { allowedCommands } from './allowed-commands';
import { JourneyCommand } from './commands';
import { supervisionDueAt, supervisionSessionCount } from './first-year-plan';
import { JourneyStage, VISITING_STAGES } from './stages';
import { JourneyState } from './state';
import { currentMetMatch, hasLogbookEntry, isWeekPaused, MetMatch, weekEnd, weekOf, weekStart } from './visit-weeks';
import { SessionOutcome, VisitAgreement } from './vocabulary';

/** How many visit weeks ahead the family's home shows (the current week included). */
export const FAMILY_VISITS_AHEAD = 4;

export interface FamilyVisitWeek {
  week: number;
  startsAt: Instant;
  endsAt: Instant;
  /** A pause (holiday, illness) touches the week: no visit is expected. */
  paused: boolean;
}

export interface FamilySupervision {
  session: number;
  dueAt: Instant;
  /** Set once the coordinator recorded the session. */
  outcome?: SessionOutcome;
}

/** A week the family may still write the logbook for: started, not written yet. */
export interface FamilyLogbookWeek {
  week: number;
  startsAt: Instant;
}

/**
 * What the volunteer family may know of the child's journey: the child's label, the stage, the visit
 * agreement, the coming visit weeks, group supervision and the logbook weeks open for writing.
 * No wellbeing scores, no concerns, no tasks of staff, no other family's record.
 */
export interface FamilyJourneyView {
  journeyId: string;
  view: 'family';
  childLabel: string | null;
  stage: JourneyStage;
  /** The family was proposed for the child and has not got the match yet (it may say yes or no). */
  proposed: boolean;
  meetingScheduledFor: Instant | null;
  meetingHeldAt: Instant | null;
  agreement: VisitAgreement | null;
  nextVisits: FamilyVisitWeek[];
  supervisions: FamilySupervision[];
  logbookWeeks: FamilyLogbookWeek[];
  allowedCommands: JourneyCommand['type'][];
}

function nextVisits(state: JourneyState, match: MetMatch, now: Instant): FamilyVisitWeek[] {
  if (!VISITING_STAGES.includes(state.stage)) return [];
  const current = Math.max(1, weekOf(state, match, now));
  return Array.from({ length: FAMILY_VISITS_AHEAD }, (_, index) => current + index).map((week) => ({
    week,
    startsAt: weekStart(state, match, week),
    endsAt: weekEnd(state, match, week),
    paused: isWeekPaused(state, match, week),
  }));
}

function supervisions(state: JourneyState, match: MetMatch): FamilySupervision[] {
  return Array.from({ length: supervisionSessionCount(state.policy) }, (_, index) => index + 1).map((session) => {
    const recorded = state.supervision.find((record) => record.matchNumber === match.matchNumber && record.session === session);
    return { session, dueAt: supervisionDueAt(state.policy, match.meeting.heldAt, session), ...(recorded ? { outcome: recorded.outcome } : {}) };
  });
}

/** Latest first, as the family is most likely writing about the week just gone. */
function logbookWeeks(state: JourneyState, match: MetMatch, now: Instant, mayWrite: boolean): FamilyLogbookWeek[] {
  if (!mayWrite) return [];
  const current = weekOf(state, match, now);
  return Array.from({ length: Math.max(0, current) }, (_, index) => current - index)
    .filter((week) => !hasLogbookEntry(state, match, week))
    .map((week) => ({ week, startsAt: weekStart(state, match, week) }));
}

export function familyJourneyView(state: JourneyState, now: Instant, childLabel: string | null): FamilyJourneyView {
  const commands = allowedCommands(state, 'volunteer_family');
  const met = currentMetMatch(state);
  return {
    journeyId: state.journeyId,
    view: 'family',
    childLabel,
    stage: state.stage,
    proposed: state.match === null && state.proposal !== null,
    meetingScheduledFor: state.stage === 'friendship_meeting_scheduled' ? (state.match?.meetingScheduledFor ?? null) : null,
    meetingHeldAt: met?.meeting.heldAt ?? null,
    agreement: met?.meeting.agreement ?? null,
    nextVisits: met ? nextVisits(state, met, now) : [],
    supervisions: met ? supervisions(state, met) : [],
    logbookWeeks: met ? logbookWeeks(state, met, now, commands.includes('WriteLogbookEntry')) : [],
    allowedCommands: commands,
  };
}

/** A journey Temporal no longer holds: only its label and stage are left to show the family. */
export function endedFamilyJourneyView(journeyId: string, stage: JourneyStage, childLabel: string | null): FamilyJourneyView {
  return {
    journeyId,
    view: 'family',
    childLabel,
    stage,
    proposed: false,
    meetingScheduledFor: null,
    meetingHeldAt: null,
    agreement: null,
    nextVisits: [],
    supervisions: [],
    logbookWeeks: [],
    allowedCommands: [],
  };
}
