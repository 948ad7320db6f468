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
  projectionDelayMs,
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
 *
 * A command is answered from the workflow's own state. Journeys started since
 * 'journey-changes-of-2026-12' do not make the answer wait for the read model: a projection
 * courier writes everything that happened within `projectionDelayMs` in one local activity (with
 * one search-attribute update), so a burst of commands costs one projection, not one each.
 */
export async function journeyWorkflow(input: JourneyWorkflowInput): Promise<JourneyState> {
  const events: JourneyEvent[] = [...(input.carried?.events ?? [])];
  let state = input.carried ? replayJourney(input.journeyId, input.policy, events) : initialJourneyState(input.journeyId, input.policy);
  let projectedCount = input.carried?.projectedCount ?? 0;
  const { linksFamily, courierTellsFamily, courierSignalsFamily, waitsWithLastingAlarm, searchAttributesDecidedAtStart, projectsInBatches } =
    journeyPatches();
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
      // Only a proposal waits (for the family's answer); every extra await is a promise the SDK traces.
      const waitsForFamily = !projectsInBatches || (linksFamily && command.type === 'ProposeMatch');
      apply(waitsForFamily ? await decideWithFamily(command) : decideOrThrow(command));
      if (!projectsInBatches) {
        const projectedBy = events.length;
        await wf.condition(() => projectedCount >= projectedBy);
      }
      return view();
    },
    { validator: (command) => void decideOrThrow(command) },
  );
  wf.setHandler(journeySystemSignal, (command) => {
    const decision = decide(state, command, workflowNow());
    if (decision.accepted) apply(decision.events);
    else wf.log.warn('system message refused by the journey', { type: command.type, refusal: decision.refusal });
  });

  const somethingToProject = () => projectedCount < events.length;
  // What time brought (reminders, deadlines) is written at once: its wake-up is a workflow task anyway.
  let timeEventsUnprojected = false;
  const applyDueEvents = () => {
    const due = eventsDueByTime(state, workflowNow());
    if (due.length === 0) return;
    apply(due);
    timeEventsUnprojected = true;
  };
  // Everything not yet in the read model, as one local activity and one search-attribute update.
  const projectPending = async () => {
    if (projectsInBatches) applyDueEvents();
    timeEventsUnprojected = false;
    const upTo = events.length;
    const projection = toJourneyProjection(input, state, events, projectedCount, workflowNow(), projectedTasks);
    await projectJourney(projection);
    projectedCount = upTo;
    for (const task of projection.tasks) projectedTasks.set(task.taskId, JSON.stringify(task));
    syncSearchAttributes(projection.summary);
  };
  // Commands' events follow at most `projectionDelayMs` (plus the write) behind the journey. A timer
  // of its own, so the projection never lengthens a command's workflow task (measured: projecting in
  // the next command's task instead costs more).
  const projectionDelay = Math.max(1, input.projectionDelayMs ?? projectionDelayMs(input.policy));
  const projectInBatches = async () => {
    for (;;) {
      await wf.condition(somethingToProject);
      if (!timeEventsUnprojected) await wf.condition(() => timeEventsUnprojected, projectionDelay);
      await projectPending();
    }
  };
  if (projectsInBatches) void projectInBatches();
  const allProjected = () => !somethingToProject();

  for (;;) {
    applyDueEvents();
    if (!projectsInBatches && somethingToProject()) {
      await projectPending();
      continue;
    }
    if (!courierTellsFamily && !familyTold()) {
      await sendFamilyEffect(familyOutbox[0]);
      familyOutbox.shift();
      continue;
    }
    const quiet = () => wf.allHandlersFinished() && familyTold() && allProjected();
    if (isJourneyFinished(state) && quiet()) break;
    // Journeys that project before answering: update handlers wait for their events' projection, which
    // only this loop does, so every wait below must also wake for something to project, or a handler
    // and this loop wait for each other. Journeys that project in batches wake when the courier is done.
    const loopMustProject = () => !projectsInBatches && somethingToProject();
    if (wf.workflowInfo().continueAsNewSuggested) {
      await wf.condition(() => quiet() || loopMustProject());
      if (quiet()) await wf.continueAsNew<typeof journeyWorkflow>({ ...input, carried: { events, projectedCount } });
      continue;
    }
    // A journey that is over but still answering its last update (or projecting it) must wake when that is done, to end.
    // Any new event may bring the next due moment closer or end the run's useful history: look again.
    const seenEvents = events.length;
    const somethingToDo = () =>
      loopMustProject() ||
      (projectsInBatches && events.length !== seenEvents) ||
      (!courierTellsFamily && !familyTold()) ||
      (isJourneyFinished(state) && quiet());
    const wakeUp = nextWakeUp(state);
    if (waitsWithLastingAlarm) {
      alarm.ringBy(wakeUp);
      await wf.condition(() => somethingToDo() || alarm.rang());
    } else if (wakeUp === null) await wf.condition(somethingToDo);
    else await wf.condition(somethingToDo, Math.max(1, Date.parse(wakeUp) - Date.parse(workflowNow())));
  }
  return state;
}
