import { JourneyEvent } from './events';
import { evolveIntake } from './evolve-intake';
import { JourneyState } from './state';
import { openTask } from './tasks';

/**
 * Applies one event to the journey. Pure and total: every event decide or the timers produce
 * is applied without throwing, so replaying a history always rebuilds the same state.
 */
export function evolve(state: JourneyState, event: JourneyEvent): JourneyState {
  const at = event.at;
  switch (event.type) {
    case 'ReminderFired':
      return {
        ...state,
        firedReminders: [...state.firedReminders, event.taskId],
        tasks: openTask(
          state.tasks,
          { taskId: event.taskId, kind: event.reminder, assigneeRole: event.assigneeRole, dueAt: event.dueAt, summary: event.summary },
          at,
        ),
      };
    default:
      return evolveIntake(state, event);
  }
}
