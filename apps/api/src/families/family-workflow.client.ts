import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import {
  Client,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { createHash, randomUUID } from 'node:crypto';
import { decide, initialFamilyState } from '@venskab/domain/family';
import type { ApplyAsFamily, FamilyCommand, FamilyEvent, FamilyPolicy } from '@venskab/domain/family';
import type { Actor } from '@venskab/domain/shared/actor';
import type { VenskabConfig } from '@venskab/platform/config/config';
import { executeUpdateRetryingNotAccepted } from '@venskab/platform/temporal/update-retry';
import {
  familyCommandUpdate,
  familyEventsQuery,
  familyViewQuery,
  familyWorkflowId,
  FamilyView,
} from '@venskab/contracts';
import { VENSKAB_CONFIG } from '../config/config.module';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';
import type { ApplyAsFamilyDto } from './dto/apply-as-family.dto';
import { FAMILY_POLICY } from './family-policy.provider';
import { familyRefusalOf } from './family-refusal';
import type { ApiErrorBody } from '@venskab/domain/shared';

export function familyNotFound(familyId: string): NotFoundException {
  return new NotFoundException({ code: 'family_not_found', message: `No family ${familyId}.` } satisfies ApiErrorBody);
}

/** The API's only way into families: start one with its application, send it a command, ask it for its state. */
@Injectable()
export class FamilyWorkflowClient {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(VENSKAB_CONFIG) private readonly config: VenskabConfig,
    @Inject(FAMILY_POLICY) private readonly policy: FamilyPolicy,
  ) {}

  /**
   * Starts a family's workflow with its application. The domain judges the application first, so
   * a refused one starts nothing. With an idempotency key the family id is derived from it (salted
   * apart from journey ids), and a retry answers with the family the first request started.
   */
  async apply(actor: Actor, dto: ApplyAsFamilyDto, idempotencyKey?: string): Promise<FamilyView & { familyId: string }> {
    const familyId = idempotencyKey
      ? createHash('sha256').update(`family\n${actor.userId}\n${idempotencyKey}`).digest('hex').slice(0, 32)
      : randomUUID();
    const application: ApplyAsFamily = {
      type: 'ApplyAsFamily',
      actor,
      contact: { displayName: dto.displayName, email: dto.email ?? null, phone: dto.phone ?? null },
    };
    const decision = decide(initialFamilyState(familyId, this.policy), application, new Date().toISOString());
    if (!decision.accepted) throw new ConflictException(decision.refusal);
    try {
      await this.client.workflow.start('familyWorkflow', {
        workflowId: familyWorkflowId(familyId),
        taskQueue: this.config.taskQueue,
        args: [{ familyId, policy: this.policy, application }],
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
    return { familyId, ...(await this.view(familyId)) };
  }

  async command(familyId: string, command: FamilyCommand, idempotencyKey?: string): Promise<FamilyView> {
    const handle = this.client.workflow.getHandle(familyWorkflowId(familyId));
    try {
      return await executeUpdateRetryingNotAccepted((updateId) => handle.executeUpdate(familyCommandUpdate, { args: [command], updateId }), idempotencyKey);
    } catch (error) {
      const refusal = familyRefusalOf(error);
      if (refusal) throw new ConflictException(refusal);
      if (error instanceof WorkflowNotFoundError) {
        throw new NotFoundException({ code: 'family_not_found', message: `No open family ${familyId}.` } satisfies ApiErrorBody);
      }
      if (error instanceof WorkflowUpdateFailedError) {
        const reason = String(error.cause?.message ?? error.message);
        throw new BadRequestException({ code: 'malformed_command', message: `The command could not be read: ${reason}` } satisfies ApiErrorBody);
      }
      throw error;
    }
  }

  /** The family's live state, or null when Temporal no longer knows the workflow (the read model may still). */
  async findView(familyId: string): Promise<FamilyView | null> {
    try {
      return await this.client.workflow.getHandle(familyWorkflowId(familyId)).query(familyViewQuery);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return null;
      throw error;
    }
  }

  async view(familyId: string): Promise<FamilyView> {
    const view = await this.findView(familyId);
    if (!view) throw familyNotFound(familyId);
    return view;
  }

  async events(familyId: string): Promise<FamilyEvent[]> {
    try {
      return await this.client.workflow.getHandle(familyWorkflowId(familyId)).query(familyEventsQuery);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw familyNotFound(familyId);
      throw error;
    }
  }
}
