import * as wf from '@temporalio/workflow';
import { releaseUnusedPlace } from '@venskab/domain/journey';
import type { FamilyMessage, JourneyCommand, JourneyEvent, JourneyState, ProposeMatch, Refusal } from '@venskab/domain/journey';
import { FAMILY_REFUSED, JOURNEY_REFUSED } from '@venskab/contracts';
import type { VenskabActivities } from '@venskab/contracts';
import type { AggregateLog } from '../runner/aggregate-log';
import type { MessageCourier } from '../runner/message-courier';
import { refusalFailure } from '../runner/refusal-failure';

// A regular activity, not a local one: it waits on the family's workflow, which may be busy or its
// worker down for a while, so it retries with backoff (without a limit) until the family answers.
const { reserveFamilyPlace } = wf.proxyActivities<VenskabActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/** The family's refusal inside a failed activity, or null for any other failure. */
function familyRefusalIn(error: unknown): Refusal | null {
  if (!(error instanceof wf.ActivityFailure) || !(error.cause instanceof wf.ApplicationFailure)) return null;
  return error.cause.type === FAMILY_REFUSED ? (error.cause.details?.[0] as Refusal) : null;
}

/**
 * A proposed match first holds a place in the family, which may refuse (no free place, not
 * approved): its refusal becomes the journey's, with the family's code and sentence. If the journey
 * itself changed while the family answered and now refuses the proposal, the place is given back.
 */
export async function proposeWithFamilyPlace(
  journey: AggregateLog<JourneyState, JourneyCommand, JourneyEvent>,
  family: MessageCourier<FamilyMessage>,
  command: ProposeMatch,
): Promise<JourneyEvent[]> {
  const { journeyId } = journey.state();
  try {
    await reserveFamilyPlace({ familyId: command.familyId, journeyId, updateId: `reserve:${journeyId}:${wf.uuid4()}` });
  } catch (error) {
    const refusal = familyRefusalIn(error);
    throw refusal ? refusalFailure(JOURNEY_REFUSED, refusal) : error;
  }
  const decision = journey.decide(command);
  if (decision.accepted) return decision.events;
  family.send(releaseUnusedPlace(journeyId, command.familyId));
  throw refusalFailure(JOURNEY_REFUSED, decision.refusal);
}
