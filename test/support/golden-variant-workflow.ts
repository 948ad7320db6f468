import { sleep } from '@temporalio/workflow';
import type { JourneyState } from '../../libs/domain/src/journey';
import type { JourneyWorkflowInput } from '../../libs/workflows/src/journey/journey-messages';
import { journeyWorkflow as currentJourneyWorkflow } from '../../libs/workflows/src/journey/journey-workflow';

/**
 * The journey workflow changed the wrong way: one extra timer before anything else, without
 * patched(). Registered under the real name, so golden-histories.test.ts can show that a recorded
 * journey no longer replays (DeterminismViolationError) — the check the golden histories exist for.
 */
export async function journeyWorkflow(input: JourneyWorkflowInput): Promise<JourneyState> {
  await sleep('1 second');
  return currentJourneyWorkflow(input);
}
