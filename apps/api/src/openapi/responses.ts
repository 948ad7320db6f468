import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { JOURNEY_STAGES, ROLES } from '@venskab/domain/journey';
import { FIELD_RULES } from '@venskab/domain/shared';

/*
 * The shapes of the answers, for the OpenAPI document. The domain's state objects are large and
 * owned by the domain; they are documented as objects with a pointer to their TypeScript type.
 */

/** A refusal (409) or another error with a code: what went wrong, in a sentence a person can act on. */
export class ErrorResponse {
  @ApiProperty({ example: 'journey.wrong_stage' }) code: string;
  @ApiProperty({ example: 'Consent can only be given while the referral awaits consent.' }) message: string;
}

/** One broken rule of one field, for a client to word in its own language. */
export class FieldProblemResponse {
  @ApiProperty({ example: 'agreement.weekday', description: "The field's path in the body, nested ones by dots." }) field: string;
  @ApiProperty({ enum: FIELD_RULES, example: 'maxLength' }) rule: string;
  @ApiPropertyOptional({ example: 80, description: 'The length, size or bound the rule sets (minLength, maxLength, min, max, arrayMinSize, arrayMaxSize).' }) limit?: number;
  @ApiPropertyOptional({ type: [String], description: 'The values the field may take (isIn).' }) allowed?: string[];
}

/** A bad request (400): one sentence per bad field, each naming the field, and the same as codes with parameters. */
export class ValidationErrorResponse {
  @ApiProperty({ example: 'validation_failed' }) code: string;
  @ApiProperty({ type: [String], example: ['baseline.coping must not be greater than 4', 'note must be a string'] }) message: string[];
  @ApiProperty({ type: [FieldProblemResponse] }) problems: FieldProblemResponse[];
  @ApiProperty({ example: 400 }) statusCode: number;
  @ApiProperty({ example: 'Bad Request' }) error: string;
}

export class ScheduleItemResponse {
  @ApiProperty({ example: 'supervision' }) kind: string;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty() overdue: boolean;
  @ApiProperty({ enum: ROLES }) assigneeRole: string;
  @ApiProperty() summary: string;
  @ApiPropertyOptional({ description: 'Set when the item is an open task rather than something still ahead.' }) taskId?: string;
}

/** A journey as its workflow holds it now (every role allowed to see it except the caseworker). */
export class JourneyViewResponse {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The journey state (libs/domain/src/journey/state.ts, JourneyState).' })
  state: Record<string, unknown>;

  @ApiProperty({ type: [ScheduleItemResponse] }) schedule: ScheduleItemResponse[];
  @ApiProperty({ type: [String], description: 'The commands the journey accepts in its stage (a role may still be refused).' }) allowedCommands: string[];
  @ApiProperty() eventCount: number;
}

export class ReferredJourneyResponse extends JourneyViewResponse {
  @ApiProperty({ format: 'uuid' }) journeyId: string;
}

export class SharedMilestoneResponse {
  @ApiProperty({ example: 'ConsentGiven' }) type: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiPropertyOptional({ description: 'Only for an ending: the reason from the fixed list.' }) closureReason?: string;
}

/** What the municipality's caseworker may know: milestones without anyone's notes, never logbook text. */
export class CaseworkerJourneyViewResponse {
  @ApiProperty() journeyId: string;
  @ApiProperty({ enum: JOURNEY_STAGES }) stage: string;
  @ApiProperty({ type: [SharedMilestoneResponse] }) milestones: SharedMilestoneResponse[];
  @ApiPropertyOptional({ enum: ['workflow', 'read_model'] }) source?: string;
}

/** The projected row of a journey (lists, and GET /journeys/:id once the workflow is gone). */
export class JourneyRowResponse {
  @ApiProperty() journeyId: string;
  @ApiProperty({ enum: JOURNEY_STAGES }) stage: string;
  @ApiProperty() programme: string;
  @ApiProperty() caseworkerId: string;
  @ApiProperty() caseworkerUnit: string;
  @ApiProperty() childLabel: string;
  @ApiProperty() childAge: number;
  @ApiProperty({ nullable: true, type: String }) familyId: string | null;
  @ApiProperty({ format: 'date-time' }) referredAt: string;
  @ApiProperty({ format: 'date-time' }) stageEnteredAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) matchedAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) endedAt: string | null;
  @ApiProperty() rematchCount: number;
  @ApiProperty() cancelledVisits: number;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) nextDueAt: string | null;
  @ApiProperty() overdue: boolean;
  @ApiProperty() eventCount: number;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** GET /journeys/:id once Temporal no longer holds the workflow: the last projected row. */
export class JourneyFromReadModelResponse {
  @ApiProperty() journeyId: string;
  @ApiProperty({ enum: ['read_model'] }) source: 'read_model';
  @ApiProperty({ type: () => JourneyRowResponse }) row: JourneyRowResponse;
}

export class JourneyPageResponse {
  @ApiProperty({ type: [JourneyRowResponse] }) items: JourneyRowResponse[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}

/** A family as its workflow holds it now. */
export class FamilyViewResponse {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The family state (libs/domain/src/family/family-state.ts, FamilyState).' })
  state: Record<string, unknown>;

  @ApiProperty() eventCount: number;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'When time will next act on its own.' }) nextWakeUpAt: string | null;
}

export class AppliedFamilyResponse extends FamilyViewResponse {
  @ApiProperty({ format: 'uuid' }) familyId: string;
}

export class FamilyDetailResponse {
  @ApiProperty() familyId: string;
  @ApiProperty({ enum: ['workflow', 'read_model'] }) source: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) state?: Record<string, unknown>;
  @ApiPropertyOptional() eventCount?: number;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'The projected row, when source is read_model.' }) row?: Record<string, unknown>;
}

export class FamilyPageResponse {
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } }) items: Record<string, unknown>[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}

export class TaskResponse {
  @ApiProperty({ example: '3f1c…/supervision:1-1', description: 'URL-encode it in paths (it contains a slash).' }) taskId: string;
  @ApiProperty({ nullable: true, type: String }) journeyId: string | null;
  @ApiProperty({ nullable: true, type: String }) familyId: string | null;
  @ApiProperty({ example: 'supervision' }) kind: string;
  @ApiProperty({ enum: ROLES }) assigneeRole: string;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty({ enum: ['open', 'done'] }) status: string;
  @ApiProperty({ description: 'Open and past its due time.' }) overdue: boolean;
  @ApiProperty({ format: 'date-time' }) openedAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) closedAt: string | null;
  @ApiProperty() summary: string;
}

export class TaskPageResponse {
  @ApiProperty({ type: [TaskResponse] }) items: TaskResponse[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}

/** Why a task cannot be ticked off by hand: the action that closes it. */
export class TaskClosedByActionResponse extends ErrorResponse {
  @ApiProperty({ example: 'POST /journeys/{journeyId}/commands/RecordSupervision' }) action: string;
}
