import { openTask } from '../tasks';
import { ReminderFired } from './events';
import { JourneyState } from './state';

/** A reminder fires once (its task id is remembered) and opens the task it is about. */
export function evolveReminder(state: JourneyState, event: ReminderFired): JourneyState {
  return {
    ...state,
    firedReminders: [...state.firedReminders, event.taskId],
    tasks: openTask(
      state.tasks,
      { taskId: event.taskId, kind: event.reminder, assigneeRole: event.assigneeRole, dueAt: event.dueAt, summary: event.summary },
      event.at,
    ),
  };
}
