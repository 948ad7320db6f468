import { WorkflowHandleWithFirstExecutionRunId } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { DEFAULT_JOURNEY_POLICY, JourneyCommand, JourneyPolicy } from '@venskab/domain/journey';
import { caseworker, coordinator, eligibleChild, parent, scores } from '@venskab/domain/journey/journey.fixture';
import { executeUpdateRetryingNotAccepted } from '@venskab/platform/temporal/update-retry';
import { journeyCommandUpdate, JourneyView, journeyViewQuery, journeyWorkflowId } from '@venskab/contracts';
import type { journeyWorkflow } from '@venskab/workflows/journey/journey-workflow';
import { FamilyDriver } from './family-driver';
import { familyActor, logbookEntry, projectedRows, VISIT_AGREEMENT } from './journey-driver';
import type { TestStack } from './test-stack';
import { waitFor } from './wait-for';

/**
 * A journey for the audit tests, started directly on Temporal with a UUID journey id (the API only
 * accepts those) and driven through the real update, so its history is what production writes.
 */
export class AuditedJourney {
  private constructor(
    private readonly stack: TestStack,
    readonly journeyId: string,
    readonly handle: WorkflowHandleWithFirstExecutionRunId<typeof journeyWorkflow>,
  ) {}

  static async start(stack: TestStack, options: { dayLengthMs?: number } = {}): Promise<AuditedJourney> {
    const journeyId = randomUUID();
    const policy: JourneyPolicy = { ...DEFAULT_JOURNEY_POLICY, dayLengthMs: options.dayLengthMs ?? DEFAULT_JOURNEY_POLICY.dayLengthMs };
    const handle = await stack.client.workflow.start<typeof journeyWorkflow>('journeyWorkflow', {
      workflowId: journeyWorkflowId(journeyId),
      taskQueue: stack.config.taskQueue,
      args: [
        {
          journeyId,
          programme: 'hjem-til-os',
          childLabel: 'A.U.',
          policy,
          referral: { type: 'ReferChild', actor: caseworker, journeyId, child: eligibleChild },
        },
      ],
    });
    return new AuditedJourney(stack, journeyId, handle);
  }

  send(command: JourneyCommand): Promise<JourneyView> {
    return executeUpdateRetryingNotAccepted((updateId) => this.handle.executeUpdate(journeyCommandUpdate, { args: [command], updateId }));
  }

  view(): Promise<JourneyView> {
    return this.handle.query(journeyViewQuery);
  }

  /** Consent, screening with a note, a match with a new approved family accepted by both sides, the friendship meeting, and one logbook week. */
  async driveToFirstVisit(): Promise<JourneyView> {
    const { familyId } = await FamilyDriver.approved(this.stack.client, this.stack.config.taskQueue);
    await this.send({ type: 'GiveConsent', actor: caseworker, custodyHolders: ['Mother'], note: 'Signed at the school meeting.' });
    await this.send({ type: 'RecordScreeningVisit', actor: coordinator, baseline: scores(2), note: 'Motivated family.' });
    await this.send({ type: 'ProposeMatch', actor: coordinator, familyId });
    await this.send({ type: 'AcceptMatch', actor: parent, side: 'child' });
    await this.send({ type: 'AcceptMatch', actor: familyActor(familyId), side: 'family' });
    await this.send({ type: 'ScheduleFriendshipMeeting', actor: coordinator, scheduledFor: new Date().toISOString() });
    await this.send({ type: 'RecordFriendshipMeetingHeld', actor: coordinator, agreement: VISIT_AGREEMENT });
    return this.send(logbookEntry(1, { familyId }));
  }

  /** Waits until the read model holds every event the workflow has; answers the workflow's view of that moment. */
  settled(): Promise<JourneyView> {
    return waitFor(async () => {
      const view = await this.view();
      const rows = await projectedRows(this.stack.dataSource, this.journeyId);
      return rows.journey?.event_count === view.eventCount && rows.events.length === view.eventCount ? view : undefined;
    });
  }
}
