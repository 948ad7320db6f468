import * as wf from '@temporalio/workflow';
import { allowedCommands, familyMessagesFor, schedule } from '@venskab/domain/journey';
import type { JourneyState } from '@venskab/domain/journey';
import {
  JOURNEY_REFUSED,
  journeyCommandUpdate,
  journeyEventsQuery,
  journeySystemSignal,
  journeyViewQuery,
  projectionDelayMs,
} from '@venskab/contracts';
import type { JourneyView, JourneyWorkflowInput } from '@venskab/contracts';
import { aggregateLog } from '../runner/aggregate-log';
import { answerCommands } from '../runner/answer-commands';
import { liveUntilFinished } from '../runner/live-until-finished';
import { startMessageCourier } from '../runner/message-courier';
import { startProjectionCourier } from '../runner/projection-courier';
import { workflowNow } from '../runner/workflow-clock';
import { proposeWithFamilyPlace } from './family-place';
import { journeyReadModelWriter } from './journey-read-model';
import { journeyRules } from './journey-rules';
import { tellFamily } from './tell-family';

/**
 * One child's journey through the programme, as the domain decides it step by step:
 *
 *   referral → consent → screening visit → matching (the family holds a place) → friendship meeting
 *   → weekly visits with the family's logbook → supervision and follow-ups → one-year review
 *   → future agreement, or closure with a goodbye (and a new family when the family ended it)
 *   → bridge-building and the measurement six months after the end.
 *
 * Each step is either a person's command (answered below, refused with the domain's reason) or a
 * moment time brings (reminders, escalations, the lapse of a referral without consent). This
 * workflow keeps the events, tells the family what each one means for it, and writes the read model.
 */
export async function journeyWorkflow(input: JourneyWorkflowInput): Promise<JourneyState> {
  const journey = aggregateLog(journeyRules(input), JOURNEY_REFUSED, input.carried);
  const family = startMessageCourier(tellFamily);
  journey.onEvent((before, event, after) => family.send(...familyMessagesFor(before, event, after)));
  const readModel = startProjectionCourier(journey, {
    delayMs: input.projectionDelayMs ?? projectionDelayMs(input.policy),
    projectedCount: input.carried?.projectedCount ?? 0,
    project: journeyReadModelWriter(input, journey),
  });

  // The caseworker's referral starts the journey.
  if (!input.carried) journey.apply(journey.decideOrRefuse(input.referral));

  // Every later step a person takes; a proposed match first holds a place in the family.
  const view = (): JourneyView => ({
    state: journey.state(),
    schedule: schedule(journey.state(), workflowNow()),
    allowedCommands: allowedCommands(journey.state()),
    eventCount: journey.events.length,
  });
  answerCommands(
    journey,
    { commandUpdate: journeyCommandUpdate, systemSignal: journeySystemSignal, viewQuery: journeyViewQuery, eventsQuery: journeyEventsQuery },
    view,
    (command) => (command.type === 'ProposeMatch' ? proposeWithFamilyPlace(journey, family, command) : null),
  );

  // What time brings, until the course is over and everyone has been told.
  await liveUntilFinished(journey, readModel, {
    quiet: () => wf.allHandlersFinished() && family.allDelivered() && readModel.allProjected(),
    continueAsNew: () =>
      wf.continueAsNew<typeof journeyWorkflow>({ ...input, carried: { events: [...journey.events], projectedCount: readModel.projectedCount() } }),
  });
  return journey.state();
}
