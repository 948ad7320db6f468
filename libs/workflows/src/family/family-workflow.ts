import * as wf from '@temporalio/workflow';
import { journeyMessagesFor, nextFamilyWakeUp } from '@venskab/domain/family';
import type { FamilyState } from '@venskab/domain/family';
import {
  FAMILY_REFUSED,
  familyCommandUpdate,
  familyEventsQuery,
  familySystemSignal,
  familyViewQuery,
  projectionDelayMs,
} from '@venskab/contracts';
import type { FamilyView, FamilyWorkflowInput } from '@venskab/contracts';
import { aggregateLog } from '../runner/aggregate-log';
import { answerCommands } from '../runner/answer-commands';
import { liveUntilFinished } from '../runner/live-until-finished';
import { startMessageCourier } from '../runner/message-courier';
import { startProjectionCourier } from '../runner/projection-courier';
import { familyReadModelWriter } from './family-read-model';
import { familyRules } from './family-rules';
import { tellJourney } from './tell-journey';

/**
 * One volunteer family's path, as the domain decides it:
 *
 *   application → home visit → child certificates → training → approval → waiting for a child
 *   → places held for proposed children and matches confirmed by their journeys → pauses
 *   → retirement or withdrawal.
 *
 * A command is answered as soon as it is decided, like a journey's; the read model follows within
 * the projection delay. Two proposals racing for the last place are decided one after the other.
 * The journeys the family is linked to are told when the family ends a link itself.
 */
export async function familyWorkflow(input: FamilyWorkflowInput): Promise<FamilyState> {
  const family = aggregateLog(familyRules(input), FAMILY_REFUSED, input.carried);
  const journeys = startMessageCourier(tellJourney);
  family.onEvent((before, event) => journeys.send(...journeyMessagesFor(before, event)));
  const readModel = startProjectionCourier(family, {
    delayMs: input.projectionDelayMs ?? projectionDelayMs(input.policy),
    projectedCount: input.carried?.projectedCount ?? 0,
    project: familyReadModelWriter(input, family),
  });

  // The family's application starts its path.
  if (!input.carried) family.apply(family.decideOrRefuse(input.application));

  // Every later step a person (or a child's journey) takes.
  const view = (): FamilyView => ({ state: family.state(), eventCount: family.events.length, nextWakeUpAt: nextFamilyWakeUp(family.state()) });
  answerCommands(
    family,
    { commandUpdate: familyCommandUpdate, systemSignal: familySystemSignal, viewQuery: familyViewQuery, eventsQuery: familyEventsQuery },
    view,
  );

  // What time brings, until the family has left and every linked journey has been told.
  await liveUntilFinished(family, readModel, {
    quiet: () => wf.allHandlersFinished() && journeys.allDelivered() && readModel.allProjected(),
    continueAsNew: () =>
      wf.continueAsNew<typeof familyWorkflow>({ ...input, carried: { events: [...family.events], projectedCount: readModel.projectedCount() } }),
  });
  return family.state();
}
