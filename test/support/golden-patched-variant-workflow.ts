import { patched, sleep } from '@temporalio/workflow';
import type { JourneyState } from '@venskab/domain/journey';
import type { JourneyWorkflowInput } from '@venskab/contracts';
import { journeyWorkflow as currentJourneyWorkflow } from '@venskab/workflows/journey/journey-workflow';

/**
 * The change of golden-variant-workflow.ts (one extra timer before anything else) made the way the
 * README's versioning policy asks from v1.0.0 on: behind patched(), so journeys recorded before the
 * change replay their old path and new journeys take the new one. Registered under the real name.
 */
export async function journeyWorkflow(input: JourneyWorkflowInput): Promise<JourneyState> {
  if (patched('example-extra-timer')) await sleep('1 second');
  return currentJourneyWorkflow(input);
}
