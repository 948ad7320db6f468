import * as wf from '@temporalio/workflow';
import {
  decide,
  evolve,
  familyEventsDueByTime,
  initialFamilyState,
  isFamilyFinished,
  nextFamilyWakeUp,
  replayFamily,
} from '../../../domain/src/family';
import type { FamilyCommand, FamilyEvent, FamilyState } from '../../../domain/src/family';
import type { VenskabActivities } from '../../../activities/src';
import { workflowNow } from '../workflow-clock';
import { wakeAlarm } from '../wake-alarm';
import { refusalFailure } from '../refusal-failure';
import {
  FAMILY_REFUSED,
  familyCommandUpdate,
  familyEventsQuery,
  familySystemSignal,
  familyViewQuery,
  FamilyView,
  FamilyWorkflowInput,
} from './family-messages';
import { toFamilyProjection } from './family-projection-mapping';
import { familySearchAttributeSync } from './family-search-attributes';
import { familyPatches } from './family-patches';
import { journeyNotices } from './journey-notices';
import { tellJourney } from './tell-journey';
import type { JourneyNotice } from '../../../activities/src';

// Local activities: the projection runs inside the same workflow task, so a command costs one round trip.
const { projectFamily } = wf.proxyLocalActivities<VenskabActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});
// A regular activity: it retries with backoff, without a limit, until the journey's workflow takes the signal.
const { signalJourney } = wf.proxyActivities<VenskabActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/**
 * One volunteer family's path: recruitment, availability and its links to children's journeys.
 * The domain decides; this function only keeps the events, sleeps until the next due moment, and
 * projects what happened into the read model. Every command is an update whose validator asks the
 * domain, so two proposals racing for the last place are decided one after the other.
 */
export async function familyWorkflow(input: FamilyWorkflowInput): Promise<FamilyState> {
  const events: FamilyEvent[] = [...(input.carried?.events ?? [])];
  let state = input.carried
    ? replayFamily(input.familyId, events, input.policy)
    : initialFamilyState(input.familyId, input.policy);
  let projectedCount = input.carried?.projectedCount ?? 0;
  const { linksJourneys, waitsWithLastingAlarm, upsertsSearchAttributesOnChange, signalsJourneys } = familyPatches();
  const syncSearchAttributes = familySearchAttributeSync(upsertsSearchAttributesOnChange);
  // What linked journeys must still be told, in order; the main loop sends it (README: "How journeys and families talk").
  const journeyOutbox: JourneyNotice[] = [];
  const alarm = wakeAlarm();

  const apply = (newEvents: FamilyEvent[]) => {
    for (const event of newEvents) {
      if (linksJourneys) journeyOutbox.push(...journeyNotices(state, event));
      state = evolve(state, event);
      events.push(event);
    }
  };
  const view = (): FamilyView => ({ state, eventCount: events.length, nextWakeUpAt: nextFamilyWakeUp(state) });
  const decideOrThrow = (command: FamilyCommand) => {
    const decision = decide(state, command, workflowNow());
    if (!decision.accepted) throw refusalFailure(FAMILY_REFUSED, decision.refusal);
    return decision.events;
  };

  if (!input.carried) apply(decideOrThrow(input.application));

  wf.setHandler(familyViewQuery, view);
  wf.setHandler(familyEventsQuery, () => events);
  wf.setHandler(
    familyCommandUpdate,
    async (command) => {
      // Decided again here: an earlier update accepted after this one was validated may have changed the state.
      apply(decideOrThrow(command));
      const projectedBy = events.length;
      await wf.condition(() => projectedCount >= projectedBy);
      return view();
    },
    { validator: (command) => void decideOrThrow(command) },
  );
  wf.setHandler(familySystemSignal, (command) => {
    const decision = decide(state, command, workflowNow());
    if (decision.accepted) apply(decision.events);
    else wf.log.warn('system message refused by the family', { type: command.type, refusal: decision.refusal });
  });

  for (;;) {
    apply(familyEventsDueByTime(state, workflowNow()));
    if (projectedCount < events.length) {
      const upTo = events.length;
      await projectFamily(toFamilyProjection(input, state, events, projectedCount));
      projectedCount = upTo;
      syncSearchAttributes(state);
      continue;
    }
    // Notices come only with events, so the waits below, which wake for something to project, also wake for them.
    if (journeyOutbox.length > 0) {
      await (signalsJourneys ? tellJourney(journeyOutbox[0]) : signalJourney(journeyOutbox[0]));
      journeyOutbox.shift();
      continue;
    }
    if (isFamilyFinished(state) && wf.allHandlersFinished()) break;
    if (wf.workflowInfo().continueAsNewSuggested) {
      await wf.condition(wf.allHandlersFinished);
      if (projectedCount === events.length && journeyOutbox.length === 0) {
        await wf.continueAsNew<typeof familyWorkflow>({ ...input, carried: { events, projectedCount } });
      }
      continue;
    }
    const wakeUp = nextFamilyWakeUp(state);
    const somethingToProject = () => projectedCount < events.length;
    // A journey ending the last match of a family that has left finishes the family while that update is
    // still answering: wake when it returns, to end (guarded: older histories replay the old wait).
    const somethingToDo = () => somethingToProject() || (linksJourneys && isFamilyFinished(state) && wf.allHandlersFinished());
    if (waitsWithLastingAlarm) {
      alarm.ringBy(wakeUp);
      await wf.condition(() => somethingToDo() || alarm.rang());
    } else if (wakeUp === null) await wf.condition(somethingToDo);
    else await wf.condition(somethingToDo, Math.max(1, Date.parse(wakeUp) - Date.parse(workflowNow())));
  }
  return state;
}
