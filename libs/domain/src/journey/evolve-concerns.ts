import { openTask } from '../tasks';
import { ConcernAssessed, ConcernRaised } from './events';
import { JourneyState } from './state';
import { CONCERN_TASK_KINDS, closeTasks } from './tasks';

export type ConcernEvent = ConcernRaised | ConcernAssessed;

const concernNumber = (concernId: string): string => concernId.split(':')[1];

/** A concern for the child opens its assessment, which closes once the concern is assessed. */
export function evolveConcerns(state: JourneyState, event: ConcernEvent): JourneyState {
  const at = event.at;
  switch (event.type) {
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
  }
}
