import { cancellationSignal, log } from '@temporalio/activity';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { journeySystemSignal, journeyWorkflowId } from '../../../workflows/src/journey/journey-messages';
import type { JourneyNotice } from './link-messages';

/**
 * Tells a journey that its family ended the link, as the journey's system signal (which the journey
 * cannot refuse; its domain decides what it means at the journey's stage). A journey whose workflow
 * has ended no longer needs to know, so "not found" is logged and ignored. Other errors are retried.
 * A signal delivered twice after a lost answer is harmless: the second FamilyWithdrew finds nothing
 * left to change.
 */
export async function signalJourney(client: Client, notice: JourneyNotice): Promise<void> {
  try {
    await client.withAbortSignal(cancellationSignal(), () =>
      client.workflow.getHandle(journeyWorkflowId(notice.journeyId)).signal(journeySystemSignal, notice.command),
    );
  } catch (error) {
    if (!(error instanceof WorkflowNotFoundError)) throw error;
    log.info('the journey has ended; the family\'s notice is not needed', { journeyId: notice.journeyId, familyId: notice.command.familyId });
  }
}
