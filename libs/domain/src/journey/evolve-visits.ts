import { openTask } from '../tasks';
import {
  FollowUpRecorded,
  LogbookEntryWritten,
  LogbooksScreened,
  StabilityAlertRaised,
  SupervisionRecorded,
  VisitsPaused,
  VisitsResumed,
} from './events';
import { closeOpenPause } from './evolve-support';
import { JourneyState } from './state';
import { closeTasks, ofKinds, withId } from './tasks';

export type VisitsEvent =
  | LogbookEntryWritten
  | StabilityAlertRaised
  | VisitsPaused
  | VisitsResumed
  | LogbooksScreened
  | SupervisionRecorded
  | FollowUpRecorded;

/** The weekly visits and their support: logbooks, stability alerts, pauses, supervision and follow-ups. */
export function evolveVisits(state: JourneyState, event: VisitsEvent): JourneyState {
  const at = event.at;
  switch (event.type) {
    case 'LogbookEntryWritten': {
      const { type: _type, at: writtenAt, actor: _actor, ...entry } = event;
      return {
        ...state,
        logbook: [...state.logbook, { ...entry, writtenAt }],
        cancellations:
          event.visit === 'cancelled' && event.cancelledBy
            ? [...state.cancellations, { matchNumber: event.matchNumber, week: event.week, cancelledBy: event.cancelledBy }]
            : state.cancellations,
        tasks: closeTasks(state.tasks, withId(`logbook_missing:${event.matchNumber}-${event.week}`), at, 'fulfilled'),
      };
    }
    case 'StabilityAlertRaised': {
      const n = state.stabilityAlerts.length + 1;
      return {
        ...state,
        stabilityAlerts: [
          ...state.stabilityAlerts,
          {
            matchNumber: event.matchNumber,
            week: event.week,
            rules: event.rules,
            ...(event.runStartWeek === undefined ? {} : { runStartWeek: event.runStartWeek }),
          },
        ],
        tasks: openTask(
          state.tasks,
          {
            taskId: `stability_alert:${n}`,
            kind: 'stability_alert',
            assigneeRole: 'coordinator',
            dueAt: at,
            summary: `Visits are being cancelled (${event.cancellationsInARow} in a row, ${event.cancellationsInWindow} in the last weeks): follow up with the family.`,
          },
          at,
        ),
      };
    }
    case 'VisitsPaused': {
      const matchNumber = state.match?.matchNumber ?? state.rematchCount;
      return { ...state, pauses: [...state.pauses, { matchNumber, reason: event.reason, from: at }] };
    }
    case 'VisitsResumed':
      return { ...state, pauses: closeOpenPause(state, at) };
    case 'LogbooksScreened':
      return {
        ...state,
        logbookScreenings: [...state.logbookScreenings, at],
        tasks: closeTasks(state.tasks, ofKinds(['logbook_screening', 'stability_alert']), at, 'fulfilled'),
      };
    case 'SupervisionRecorded':
      return {
        ...state,
        supervision: [...state.supervision, { matchNumber: event.matchNumber, session: event.session, outcome: event.outcome, recordedAt: at }],
        tasks: closeTasks(state.tasks, withId(`supervision:${event.matchNumber}-${event.session}`), at, 'fulfilled'),
      };
    case 'FollowUpRecorded':
      return {
        ...state,
        followUps: [
          ...state.followUps,
          { matchNumber: event.matchNumber, round: event.round, with: event.with, outcome: event.outcome, recordedAt: at },
        ],
        tasks: closeTasks(state.tasks, withId(`follow_up_${event.with}:${event.matchNumber}-${event.round}`), at, 'fulfilled'),
      };
  }
}
