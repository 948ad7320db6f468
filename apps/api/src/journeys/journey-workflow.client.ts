import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import {
  Client,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { createHash, randomUUID } from 'node:crypto';
import { decide, initialJourneyState } from '@venskab/domain/journey';
import type { JourneyCommand, JourneyPolicy, Refusal } from '@venskab/domain/journey';
import type { Actor } from '@venskab/domain/shared/actor';
import type { VenskabConfig } from '@venskab/platform/config/config';
import { executeUpdateRetryingNotAccepted } from '@venskab/platform/temporal/update-retry';
import {
  JOURNEY_REFUSED,
  journeyCommandUpdate,
  journeyEventsQuery,
  journeyViewQuery,
  journeyWorkflowId,
  JourneyView,
} from '@venskab/contracts';
import { VENSKAB_CONFIG } from '../config/config.module';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';
import type { ReferChildDto } from './dto/refer-child.dto';
import { PROGRAMME_POLICY } from './programme-policy.provider';
import type { ApiErrorBody } from '@venskab/domain/shared';

const PROGRAMME = 'kbh-venskabsfamilier';

function refusalOf(error: unknown): Refusal | null {
  const cause = error instanceof WorkflowUpdateFailedError ? error.cause : error;
  if (cause instanceof ApplicationFailure && cause.type === JOURNEY_REFUSED) {
    return (cause.details?.[0] as Refusal | undefined) ?? { code: 'refused', message: cause.message };
  }
  return null;
}

/** The API's only way into journeys: start one, send it a command, ask it for its state. */
@Injectable()
export class JourneyWorkflowClient {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(VENSKAB_CONFIG) private readonly config: VenskabConfig,
    @Inject(PROGRAMME_POLICY) private readonly policy: JourneyPolicy,
  ) {}

  /**
   * Starts a journey for a referral. The domain judges eligibility first, so a refused referral
   * starts nothing. With an idempotency key the journey id is derived from it, and a retry
   * answers with the journey the first request started.
   */
  async refer(actor: Actor, dto: ReferChildDto, idempotencyKey?: string): Promise<JourneyView & { journeyId: string }> {
    const journeyId = idempotencyKey
      ? createHash('sha256').update(`${actor.userId}\n${idempotencyKey}`).digest('hex').slice(0, 32)
      : randomUUID();
    const { childLabel, ...child } = dto;
    const referral: JourneyCommand = { type: 'ReferChild', actor, journeyId, child };
    const decision = decide(initialJourneyState(journeyId, this.policy), referral, new Date().toISOString());
    if (!decision.accepted) throw new ConflictException(decision.refusal);
    try {
      await this.client.workflow.start('journeyWorkflow', {
        workflowId: journeyWorkflowId(journeyId),
        taskQueue: this.config.taskQueue,
        args: [{ journeyId, programme: PROGRAMME, childLabel, policy: this.policy, referral }],
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
    return { journeyId, ...(await this.view(journeyId)) };
  }

  async command(journeyId: string, command: JourneyCommand, idempotencyKey?: string): Promise<JourneyView> {
    const handle = this.client.workflow.getHandle(journeyWorkflowId(journeyId));
    try {
      return await executeUpdateRetryingNotAccepted((updateId) => handle.executeUpdate(journeyCommandUpdate, { args: [command], updateId }), idempotencyKey);
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal) throw new ConflictException(refusal);
      if (error instanceof WorkflowNotFoundError) throw new NotFoundException({ code: 'journey_not_found', message: `No open journey ${journeyId}.` } satisfies ApiErrorBody);
      if (error instanceof WorkflowUpdateFailedError) throw new BadRequestException({ code: 'malformed_command', message: `The command could not be read: ${String(error.cause?.message ?? error.message)}` } satisfies ApiErrorBody);
      throw error;
    }
  }

  async view(journeyId: string): Promise<JourneyView> {
    const view = await this.findView(journeyId);
    if (!view) throw new NotFoundException({ code: 'journey_not_found', message: `No journey ${journeyId}.` } satisfies ApiErrorBody);
    return view;
  }

  /** The journey's live view, or null when Temporal no longer knows the workflow (the read model may still). */
  async findView(journeyId: string): Promise<JourneyView | null> {
    try {
      return await this.client.workflow.getHandle(journeyWorkflowId(journeyId)).query(journeyViewQuery);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return null;
      throw error;
    }
  }

  async events(journeyId: string) {
    try {
      return await this.client.workflow.getHandle(journeyWorkflowId(journeyId)).query(journeyEventsQuery);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw new NotFoundException({ code: 'journey_not_found', message: `No journey ${journeyId}.` } satisfies ApiErrorBody);
      throw error;
    }
  }
}
