import { addDays, Instant } from '../shared/time';
import { openTask, Task } from '../tasks';
import { JourneyStage } from './stages';
import { JourneyState } from './state';
import { CONCERN_TASK_KINDS } from './tasks';

export function enterStage(state: JourneyState, stage: JourneyStage, at: Instant): JourneyState {
  return { ...state, stage, stageEnteredAt: { ...state.stageEnteredAt, [stage]: at } };
}

export const notAConcern = (task: Task): boolean => !CONCERN_TASK_KINDS.includes(task.kind);

export function closeOpenPause(state: JourneyState, at: Instant): JourneyState['pauses'] {
  return state.pauses.map((pause) => (pause.until === undefined ? { ...pause, until: at } : pause));
}

/**
 * The course with a family has ended (future agreement or closure after a friendship meeting):
 * the follow-up measurement six months later falls due, and bridge-building is to be recorded.
 */
export function startAfterCare(state: JourneyState, at: Instant): JourneyState {
  if (state.endedAt) return state;
  const { followUpMeasurementDaysAfterEnd, dayLengthMs } = state.policy;
  const tasks = state.bridgeBuilding
    ? state.tasks
    : openTask(
        state.tasks,
        {
          taskId: 'bridge_building:1',
          kind: 'bridge_building',
          assigneeRole: 'coordinator',
          dueAt: at,
          summary: 'Record whether the child moved on to an organised leisure activity.',
        },
        at,
      );
  return {
    ...state,
    endedAt: at,
    tasks,
    postEndMeasurement: state.baseline
      ? { dueAt: addDays(at, followUpMeasurementDaysAfterEnd, dayLengthMs), status: 'pending' }
      : null,
  };
}
