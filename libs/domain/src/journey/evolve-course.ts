import { addDays, Instant } from '../shared/time';
import { JourneyEvent } from './events';
import { enterStage, startAfterCare } from './evolve-support';
import { JourneyState } from './state';
import { CONCERN_TASK_KINDS, closeTasks, INTAKE_TASK_KINDS, ofKinds, openTask, RELATIONSHIP_TASK_KINDS, withId } from './tasks';

const concernNumber = (concernId: string): string => concernId.split(':')[1];

/** Events of the running course and its end: logbooks, supervision, concerns, review, closure and after-care. */
export function evolveCourse(state: JourneyState, event: JourneyEvent): JourneyState {
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
      return { ...state, pauses: state.pauses.map((pause) => (pause.until === undefined ? { ...pause, until: at } : pause)) };
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
    case 'ConcernRaised':
      return {
        ...state,
        concerns: [
          ...state.concerns,
          {
            concernId: event.concernId,
            source: event.source,
            description: event.description,
            ...(event.logbookWeek === undefined ? {} : { logbookWeek: event.logbookWeek }),
            raisedAt: at,
            assessmentDueAt: event.assessmentDueAt,
            status: 'open',
          },
        ],
        tasks: openTask(
          state.tasks,
          {
            taskId: `concern_assessment:${concernNumber(event.concernId)}`,
            kind: 'concern_assessment',
            assigneeRole: 'coordinator',
            dueAt: event.assessmentDueAt,
            summary: 'Assess the concern for the child: no action, a talk with the family, or a notification.',
          },
          at,
        ),
      };
    case 'ConcernAssessed': {
      const n = concernNumber(event.concernId);
      return {
        ...state,
        concerns: state.concerns.map((concern) =>
          concern.concernId === event.concernId ? { ...concern, status: 'assessed', outcome: event.outcome, assessedAt: at } : concern,
        ),
        tasks: closeTasks(state.tasks, (task) => CONCERN_TASK_KINDS.some((kind) => task.taskId === `${kind}:${n}`), at, 'fulfilled'),
      };
    }
    case 'OneYearReviewHeld':
      return enterStage(
        {
          ...state,
          review: {
            matchNumber: state.match?.matchNumber ?? state.rematchCount,
            heldAt: at,
            after: event.after,
            wishesToContinue: event.wishesToContinue,
          },
          tasks: closeTasks(state.tasks, ofKinds(['review_upcoming', 'review_overdue']), at, 'fulfilled'),
        },
        'one_year_review',
        at,
      );
    case 'FutureAgreementRecorded':
      return startAfterCare(
        enterStage(
          {
            ...state,
            futureAgreement: { form: event.form, recordedAt: at },
            pauses: closeOpenPause(state, at),
            tasks: closeTasks(state.tasks, ofKinds(RELATIONSHIP_TASK_KINDS), at, 'no_longer_needed'),
          },
          'continuing',
          at,
        ),
        at,
      );
    case 'ClosureRequested':
      return closureRequested(state, event, at);
    case 'JourneyClosed': {
      const closed = enterStage(
        { ...state, tasks: closeTasks(state.tasks, ofKinds(['goodbye']), at, event.goodbyeHeld ? 'fulfilled' : 'no_longer_needed') },
        'closed',
        at,
      );
      return state.closure?.afterFriendshipMeeting ? startAfterCare(closed, at) : closed;
    }
    case 'RematchOffered':
      return state.closure ? { ...state, closure: { ...state.closure, rematchOffer: 'offered' } } : state;
    case 'RematchDeclined':
      return state.closure ? { ...state, closure: { ...state.closure, rematchOffer: 'declined' } } : state;
    case 'BridgeBuildingRecorded':
      return {
        ...state,
        bridgeBuilding: {
          movedOnToOrganisedLeisure: event.movedOnToOrganisedLeisure,
          ...(event.activity === undefined ? {} : { activity: event.activity }),
          recordedAt: at,
        },
        tasks: closeTasks(state.tasks, ofKinds(['bridge_building']), at, 'fulfilled'),
      };
    case 'PostEndMeasurementRecorded':
      return {
        ...state,
        postEndMeasurement: state.postEndMeasurement && {
          ...state.postEndMeasurement,
          status: event.measurement ? 'recorded' : 'declined',
          ...(event.measurement ? { measurement: event.measurement } : {}),
          settledAt: at,
        },
        tasks: closeTasks(state.tasks, ofKinds(['post_end_measurement']), at, 'fulfilled'),
      };
    case 'PostEndMeasurementExpired':
      return {
        ...state,
        postEndMeasurement: state.postEndMeasurement && { ...state.postEndMeasurement, status: 'expired', settledAt: at },
        tasks: closeTasks(state.tasks, ofKinds(['post_end_measurement']), at, 'no_longer_needed'),
      };
    default:
      return state;
  }
}

function closeOpenPause(state: JourneyState, at: Instant): JourneyState['pauses'] {
  return state.pauses.map((pause) => (pause.until === undefined ? { ...pause, until: at } : pause));
}

/** Closing stops the weekly rhythm and opens the goodbye, which is planned so the child does not feel rejected. */
function closureRequested(state: JourneyState, event: Extract<JourneyEvent, { type: 'ClosureRequested' }>, at: Instant): JourneyState {
  const afterFriendshipMeeting = Boolean(state.match?.meeting);
  const { goodbyeDueDays, dayLengthMs } = state.policy;
  const tasks = closeTasks(state.tasks, ofKinds([...INTAKE_TASK_KINDS, ...RELATIONSHIP_TASK_KINDS]), at, 'no_longer_needed');
  return enterStage(
    {
      ...state,
      closure: { reason: event.reason, requestedAt: at, requestedBy: event.actor, afterFriendshipMeeting },
      pauses: closeOpenPause(state, at),
      tasks: afterFriendshipMeeting
        ? openTask(
            tasks,
            {
              taskId: `goodbye:${state.rematchCount}`,
              kind: 'goodbye',
              assigneeRole: 'coordinator',
              dueAt: addDays(at, goodbyeDueDays, dayLengthMs),
              summary: 'Plan and hold the goodbye so the child does not feel rejected.',
            },
            at,
          )
        : tasks,
    },
    'closing',
    at,
  );
}
