import { NotFoundException } from '@nestjs/common';
import type { JourneyState } from '@venskab/domain/journey';
import { canSeeJourney, JourneyRelations } from '../identity/access-policy';
import type { Identity } from '../identity/identity';
import type { ApiErrorBody } from '@venskab/domain/shared';

/** Who a journey belongs to, as the access rules need it: the journey (a parent's), the referring caseworker and the proposed or matched family. */
export function relationsOf(state: JourneyState): JourneyRelations {
  return {
    journeyId: state.journeyId,
    caseworkerId: state.referral?.referredBy.userId ?? '',
    familyId: state.match?.familyId ?? state.proposal?.familyId ?? null,
  };
}

/** Someone who may not see a journey is told it does not exist, so journey ids cannot be probed. */
export function assertCanSeeJourney(identity: Identity, journeyId: string, relations: JourneyRelations): void {
  if (!canSeeJourney(identity, relations)) {
    throw new NotFoundException({ code: 'journey_not_found', message: `No journey ${journeyId}.` } satisfies ApiErrorBody);
  }
}
