import { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { DEFAULT_FAMILY_POLICY } from '@venskab/domain/family';
import type { FamilyCommand, FamilyPolicy, RecordHomeVisit } from '@venskab/domain/family';
import { executeUpdateRetryingNotAccepted } from '@venskab/platform/temporal/update-retry';
import { familyCommandUpdate, familyViewQuery, familyWorkflowId, FamilyView } from '@venskab/contracts';
import type { familyWorkflow } from '@venskab/workflows/family/family-workflow';
import { FAMILY_APPLICANT, homeVisitFields } from './family-applications';
import { COORDINATOR } from './referrals';

/**
 * A family started directly on Temporal, for what the API cannot choose: a compressed family
 * policy, so reminders and flags due after weeks fire within seconds. Commands still go through
 * the real update and its validator.
 */
export class FamilyDriver {
  private constructor(
    private readonly client: Client,
    readonly familyId: string,
  ) {}

  static async start(client: Client, taskQueue: string, policy: FamilyPolicy): Promise<FamilyDriver> {
    const familyId = randomUUID();
    await client.workflow.start<typeof familyWorkflow>('familyWorkflow', {
      workflowId: familyWorkflowId(familyId),
      taskQueue,
      args: [
        {
          familyId,
          policy,
          application: {
            type: 'ApplyAsFamily',
            actor: FAMILY_APPLICANT,
            contact: { displayName: 'Familien Jensen', email: 'jensen@example.dk', phone: null },
          },
        },
      ],
    });
    return new FamilyDriver(client, familyId);
  }

  send(command: FamilyCommand): Promise<FamilyView> {
    const handle = this.client.workflow.getHandle(familyWorkflowId(this.familyId));
    return executeUpdateRetryingNotAccepted((updateId) => handle.executeUpdate(familyCommandUpdate, { args: [command], updateId }));
  }

  /** An approved family (the default policy; one place unless the home visit says otherwise) that a journey can be matched with. */
  static async approved(client: Client, taskQueue: string, visit: Record<string, unknown> = {}): Promise<FamilyDriver> {
    const family = await FamilyDriver.start(client, taskQueue, DEFAULT_FAMILY_POLICY);
    await family.approve(visit);
    return family;
  }

  view(): Promise<FamilyView> {
    return this.client.workflow.getHandle(familyWorkflowId(this.familyId)).query(familyViewQuery);
  }

  recordHomeVisit(visit: Record<string, unknown> = {}): Promise<FamilyView> {
    return this.send({ type: 'RecordHomeVisit', actor: COORDINATOR, ...homeVisitFields(visit) } as RecordHomeVisit);
  }

  /** From applied to approved, step by step. */
  async approve(visit: Record<string, unknown> = {}): Promise<FamilyView> {
    const visited = await this.recordHomeVisit(visit);
    for (const adult of visited.state.household?.adults ?? []) {
      await this.send({ type: 'RecordChildCertificate', actor: COORDINATOR, adultId: adult.adultId, issuedOn: '2025-01-02T00:00:00.000Z' });
    }
    await this.send({ type: 'CompleteTraining', actor: COORDINATOR });
    return this.send({ type: 'Approve', actor: COORDINATOR });
  }
}
