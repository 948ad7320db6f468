import * as wf from '@temporalio/workflow';
import type { Refusal } from '../../../domain/src/journey';
import type { FamilyEffect, FamilyPlaceRequest, VenskabActivities } from '../../../activities/src';
import { FAMILY_REFUSED, familySystemSignal, familyWorkflowId } from '../family/family-messages';
import { tellWorkflow } from '../tell-workflow';
import { refusalFailure } from './refusal-failure';

// Regular activities, not local ones: they wait on another workflow, which may be busy or its worker
// down for a while, so they retry with backoff (without a limit) until the family's workflow answers.
const links = wf.proxyActivities<VenskabActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/** The family's refusal inside a failed activity, or null for any other failure. */
function familyRefusalIn(error: unknown): Refusal | null {
  if (!(error instanceof wf.ActivityFailure) || !(error.cause instanceof wf.ApplicationFailure)) return null;
  return error.cause.type === FAMILY_REFUSED ? (error.cause.details?.[0] as Refusal) : null;
}

/**
 * Holds a place in the family for a proposal; the family's refusal (no free place, not approved,
 * unknown) becomes the journey's refusal of ProposeMatch, with the family's code and sentence. The
 * update id is new for each proposal (a declined family may be proposed again later, and Temporal
 * would answer a repeated id with the earlier outcome) and fixed for the activity's retries.
 */
export async function reserveFamilyPlace(journeyId: string, familyId: string): Promise<FamilyPlaceRequest> {
  const request: FamilyPlaceRequest = { familyId, journeyId, updateId: `reserve:${journeyId}:${wf.uuid4()}` };
  try {
    await links.reserveFamilyPlace(request);
  } catch (error) {
    const refusal = familyRefusalIn(error);
    throw refusal ? refusalFailure(refusal) : error;
  }
  return request;
}

export const { sendFamilyEffect } = links;

/**
 * Tells the family what happened in the journey (confirm, release or end the match) as the family's
 * system signal. The family's domain decides: a command that no longer applies (the family released
 * the place itself, has left, or ended the match from its side) is logged there and changes nothing.
 */
export function signalFamily(effect: FamilyEffect): Promise<void> {
  return tellWorkflow(familyWorkflowId(effect.familyId), familySystemSignal, [effect.command], {
    familyId: effect.familyId,
    journeyId: effect.command.journeyId,
    command: effect.command.type,
  });
}
