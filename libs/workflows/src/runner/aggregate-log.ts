import type { Decision, Instant } from '@venskab/domain/shared';
import type { CarriedHistory } from '@venskab/contracts';
import { refusalFailure } from './refusal-failure';
import { workflowNow } from './workflow-clock';

/** The pure rules of one aggregate (a journey or a family), as the domain exports them. */
export interface AggregateRules<State, Command, Event> {
  initialState(): State;
  replay(events: Event[]): State;
  decide(state: State, command: Command, now: Instant): Decision<Event>;
  evolve(state: State, event: Event): State;
  eventsDueByTime(state: State, now: Instant): Event[];
  nextWakeUp(state: State): Instant | null;
  isFinished(state: State): boolean;
}

/** Told of every event as it is applied, with the state before and after it (e.g. to fill an outbox). */
export type EventListener<State, Event> = (before: State, event: Event, after: State) => void;

export interface AggregateLog<State, Command, Event> {
  state(): State;
  readonly events: readonly Event[];
  /** The domain's events for a command, or a typed failure carrying its refusal. */
  decideOrRefuse(command: Command): Event[];
  /** The domain's decision for a command that cannot be refused any more (a system message): refused ones change nothing. */
  decide(command: Command): Decision<Event>;
  apply(events: Event[]): void;
  /** Applies what time has brought by now (reminders, deadlines); true when there was any. */
  applyDueEvents(): boolean;
  nextWakeUp(): Instant | null;
  isFinished(): boolean;
  onEvent(listener: EventListener<State, Event>): void;
}

/**
 * An aggregate's events and state inside a workflow: the domain decides and evolves, time comes
 * from the workflow clock, and a run that continued as new starts from the events it carried.
 */
export function aggregateLog<State, Command, Event>(
  rules: AggregateRules<State, Command, Event>,
  refusedType: string,
  carried: CarriedHistory<Event> | undefined,
): AggregateLog<State, Command, Event> {
  const events: Event[] = [...(carried?.events ?? [])];
  let state = carried ? rules.replay(events) : rules.initialState();
  const listeners: EventListener<State, Event>[] = [];

  const apply = (newEvents: Event[]) => {
    for (const event of newEvents) {
      const before = state;
      state = rules.evolve(state, event);
      events.push(event);
      for (const listener of listeners) listener(before, event, state);
    }
  };
  const decide = (command: Command) => rules.decide(state, command, workflowNow());

  return {
    state: () => state,
    events,
    decide,
    decideOrRefuse(command) {
      const decision = decide(command);
      if (!decision.accepted) throw refusalFailure(refusedType, decision.refusal);
      return decision.events;
    },
    apply,
    applyDueEvents() {
      const due = rules.eventsDueByTime(state, workflowNow());
      apply(due);
      return due.length > 0;
    },
    nextWakeUp: () => rules.nextWakeUp(state),
    isFinished: () => rules.isFinished(state),
    onEvent: (listener) => void listeners.push(listener),
  };
}
