import * as wf from '@temporalio/workflow';
import type { QueryDefinition, SignalDefinition, UpdateDefinition } from '@temporalio/common';
import type { AggregateLog } from './aggregate-log';

export interface AggregateMessages<Command, Event, View> {
  commandUpdate: UpdateDefinition<View, [Command]>;
  systemSignal: SignalDefinition<[Command]>;
  viewQuery: QueryDefinition<View>;
  eventsQuery: QueryDefinition<Event[]>;
}

/**
 * Registers how the aggregate answers: a person's command is an update whose validator asks the
 * domain, so a refused command never enters the history, and which is decided again when it runs
 * (an update accepted in between may have changed the state); a system message from the other
 * aggregate cannot be refused, so a command that no longer applies is logged and changes nothing.
 * `decideSpecially` may take a command over (e.g. one that must first ask another workflow).
 */
export function answerCommands<State, Command extends { type: string }, Event, View>(
  log: AggregateLog<State, Command, Event>,
  messages: AggregateMessages<Command, Event, View>,
  view: () => View,
  decideSpecially?: (command: Command) => Promise<Event[]> | null,
): void {
  wf.setHandler(messages.viewQuery, view);
  wf.setHandler(messages.eventsQuery, () => [...log.events]);
  wf.setHandler(
    messages.commandUpdate,
    async (command) => {
      // Only a command that asks another workflow awaits: every extra await is a promise the SDK traces.
      const special = decideSpecially?.(command) ?? null;
      log.apply(special ? await special : log.decideOrRefuse(command));
      return view();
    },
    { validator: (command) => void log.decideOrRefuse(command) },
  );
  wf.setHandler(messages.systemSignal, (command) => {
    const decision = log.decide(command);
    if (decision.accepted) log.apply(decision.events);
    else wf.log.warn('a system message no longer applied', { type: command.type, refusal: decision.refusal });
  });
}
