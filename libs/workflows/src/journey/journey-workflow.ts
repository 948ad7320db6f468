import * as wf from '@temporalio/workflow';
import {
  allowedCommands,
  decide,
  eventsDueByTime,
  evolve,
  initialJourneyState,
  isJourneyFinished,
  nextWakeUp,
  replayJourney,
  schedule,
} from '../../../domain/src/journey';
import type { JourneyCommand, JourneyEvent, JourneyState } from '../../../domain/src/journey';
import type { VenskabActivities } from '../../../activities/src';
import { workflowNow } from '../workflow-clock';
import { wakeAlarm } from '../wake-alarm';
import { journeyPatches } from './journey-patches';
import { refusalFailure } from './refusal-failure';
import {
  journeyCommandUpdate,
  journeyEventsQuery,
  journeySystemSignal,
  journeyViewQuery,
  JourneyView,
  JourneyWorkflowInput,
} from './journey-messages';
import { toJourneyProjection } from './journey-projection-mapping';
import { searchAttributeSync } from './journey-search-attributes';
import { familyEffects, releaseUnusedPlace } from './family-effects';
import { reserveFamilyPlace, sendFamilyEffect, signalFamily } from './family-links';
import type { FamilyEffect } from '../../../activities/src';

// Local activities: the projection runs inside the same workflow task, so a command costs one round trip.
const { projectJourney } = wf.proxyLocalActivities<VenskabActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

/**
 * One child's journey through the programme. The domain decides; this function only keeps the
 * events, sleeps until the next due moment, and projects what happened into the read model.
 */
export async function journeyWorkflow(input: JourneyWorkflowInput): Promise<JourneyState> {
  const events: JourneyEvent[] = [...(input.carried?.events ?? [])];
  let state = input.carried ? replayJourney(input.journeyId, input.policy, events) : initialJourneyState(input.journeyId, input.policy);
  let projectedCount = input.carried?.projectedCount ?? 0;
  const { linksFamily, courierTellsFamily, courierSignalsFamily, waitsWithLastingAlarm, searchAttributesDecidedAtStart } = journeyPatches();
  const syncSearchAttributes = searchAttributeSync(input, searchAttributesDecidedAtStart);
  // Task rows as last written, so a projection sends only the tasks that changed (all of them once after continue-as-new).
  const projectedTasks = new Map<string, string>();
  // What the family must still be told, in order (README: "How journeys and families talk").
  const familyOutbox: FamilyEffect[] = [];
  const familyTold = () => familyOutbox.length === 0;
  const alarm = wakeAlarm();

  const apply = (newEvents: JourneyEvent[]) => {
    for (const event of newEvents) {
      const before = state;
      state = evolve(state, event);
      if (linksFamily) familyOutbox.push(...familyEffects(before, event, state, events.length));
      events.push(event);
    }
  };
  const view = (): JourneyView => ({
    state,
    schedule: schedule(state, workflowNow()),
    allowedCommands: allowedCommands(state),
    eventCount: events.length,
  });
  const decideOrThrow = (command: JourneyCommand) => {
    const decision = decide(state, command, workflowNow());
    if (!decision.accepted) throw refusalFailure(decision.refusal);
    return decision.events;
  };
  // A proposal first holds a place in the family, which may refuse; if the journey itself changed
  // while the family answered and now refuses the proposal, the place is given back.
  const decideWithFamily = async (command: JourneyCommand) => {
    if (!linksFamily || command.type !== 'ProposeMatch') return decideOrThrow(command);
    const reservation = await reserveFamilyPlace(input.journeyId, command.familyId);
    const decision = decide(state, command, workflowNow());
    if (decision.accepted) return decision.events;
    familyOutbox.push(releaseUnusedPlace(input.journeyId, reservation));
    throw refusalFailure(decision.refusal);
  };

  if (!input.carried) apply(decideOrThrow(input.referral));

  // One effect at a time and in order; an effect leaves the outbox only once the family has it.
  const tellFamilies = async () => {
    for (;;) {
      await wf.condition(() => !familyTold());
      await (courierSignalsFamily ? signalFamily(familyOutbox[0]) : sendFamilyEffect(familyOutbox[0]));
      familyOutbox.shift();
    }
  };
  if (courierTellsFamily) void tellFamilies();

  wf.setHandler(journeyViewQuery, view);
  wf.setHandler(journeyEventsQuery, () => events);
  wf.setHandler(
    journeyCommandUpdate,
    async (command) => {
      apply(await decideWithFamily(command));
      const projectedBy = events.length;
      await wf.condition(() => projectedCount >= projectedBy);
      return view();
    },
    { validator: (command) => void decideOrThrow(command) },
  );
  wf.setHandler(journeySystemSignal, (command) => {
    const decision = decide(state, command, workflowNow());
    if (decision.accepted) apply(decision.events);
    else wf.log.warn('system message refused by the journey', { type: command.type, refusal: decision.refusal });
  });

  for (;;) {
    apply(eventsDueByTime(state, workflowNow()));
    if (projectedCount < events.length) {
      const upTo = events.length;
      const projection = toJourneyProjection(input, state, events, projectedCount, workflowNow(), projectedTasks);
      await projectJourney(projection);
      projectedCount = upTo;
      for (const task of projection.tasks) projectedTasks.set(task.taskId, JSON.stringify(task));
      syncSearchAttributes(projection.summary);
      continue;
    }
    if (!courierTellsFamily && !familyTold()) {
      await sendFamilyEffect(familyOutbox[0]);
      familyOutbox.shift();
      continue;
    }
    if (isJourneyFinished(state) && wf.allHandlersFinished() && familyTold()) break;
    // Update handlers wait for their events' projection, which only this loop does: every wait below
    // must also wake for something to project, or a handler and this loop wait for each other.
    const somethingToProject = () => projectedCount < events.length;
    if (wf.workflowInfo().continueAsNewSuggested) {
      await wf.condition(() => (wf.allHandlersFinished() && familyTold()) || somethingToProject());
      if (wf.allHandlersFinished() && projectedCount === events.length && familyTold()) {
        await wf.continueAsNew<typeof journeyWorkflow>({ ...input, carried: { events, projectedCount } });
      }
      continue;
    }
    // A journey that is over but still answering its last update must wake when that handler returns, to end.
    const somethingToDo = () =>
      somethingToProject() || (!courierTellsFamily && !familyTold()) || (isJourneyFinished(state) && wf.allHandlersFinished() && familyTold());
    const wakeUp = nextWakeUp(state);
    if (waitsWithLastingAlarm) {
      alarm.ringBy(wakeUp);
      await wf.condition(() => somethingToDo() || alarm.rang());
    } else if (wakeUp === null) await wf.condition(somethingToDo);
    else await wf.condition(somethingToDo, Math.max(1, Date.parse(wakeUp) - Date.parse(workflowNow())));
  }
  return state;
}
