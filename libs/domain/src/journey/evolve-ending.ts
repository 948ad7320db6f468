import { addDays, Instant } from '../shared/time';
import { openTask } from '../tasks';
import {
  ClosureRequested,
  FutureAgreementRecorded,
  JourneyClosed,
  OneYearReviewHeld,
  RematchAccepted,
  RematchDeclined,
  RematchOffered,
} from './events';
import { closeOpenPause, enterStage, startAfterCare } from './evolve-support';
import { JourneyState } from './state';
import { closeTasks, INTAKE_TASK_KINDS, ofKinds, RELATIONSHIP_TASK_KINDS } from './tasks';

export type EndingEvent =
  | OneYearReviewHeld
  | FutureAgreementRecorded
  | ClosureRequested
  | JourneyClosed
  | RematchOffered
  | RematchAccepted
  | RematchDeclined;

/** The course's end: the one-year review, a future agreement or closure, and a rematch offered instead. */
export function evolveEnding(state: JourneyState, event: EndingEvent): JourneyState {
  const at = event.at;
  switch (event.type) {
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
    case 'RematchAccepted':
      return enterStage(
        {
          ...state,
          rematchCount: event.rematchCount,
          previousMatches: state.match ? [...state.previousMatches, state.match] : state.previousMatches,
          match: null,
          proposal: null,
          closure: null,
          review: null,
          matchingSince: at,
          tasks: closeTasks(state.tasks, ofKinds(['goodbye']), at, 'no_longer_needed'),
        },
        'matching',
        at,
      );
    case 'RematchDeclined':
      return state.closure ? { ...state, closure: { ...state.closure, rematchOffer: 'declined' } } : state;
  }
}

/** Closing stops the weekly rhythm and opens the goodbye, which is planned so the child does not feel rejected. */
function closureRequested(state: JourneyState, event: ClosureRequested, at: Instant): JourneyState {
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
