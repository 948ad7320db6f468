import { sleep } from '@temporalio/workflow';
import type { JourneyState } from '@venskab/domain/journey';
import type { JourneyWorkflowInput } from '@venskab/contracts';
import { journeyWorkflow as currentJourneyWorkflow } from '@venskab/workflows/journey/journey-workflow';

/**
 * The journey workflow changed the wrong way: one extra timer before anything else, without
 * patched(). Registered under the real name, so golden-histories.test.ts can show that a recorded
 * journey no longer replays (DeterminismViolationError) — the check the golden histories exist for.
 */
export async function journeyWorkflow(input: JourneyWorkflowInput): Promise<JourneyState> {
  await sleep('1 second');
  return currentJourneyWorkflow(input);
}
