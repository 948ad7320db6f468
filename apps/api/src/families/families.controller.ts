import { Body, Controller, Get, Headers, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { canSeeFamily } from '../identity/access-policy';
import { CurrentActor } from '../identity/actor.decorator';
import { actorOf, Identity } from '../identity/identity';
import { Requires } from '../identity/requires.decorator';
import {
  AppliedFamilyResponse,
  ErrorResponse,
  FamilyDetailResponse,
  FamilyPageResponse,
  ValidationErrorResponse,
} from '../openapi/responses';
import { ApplyAsFamilyDto } from './dto/apply-as-family.dto';
import { ListFamiliesQuery } from './dto/list-families.query';
import { entityIdParam } from './family-id';
import { FamilyReadModel } from './family-read-model';
import { familyNotFound, FamilyWorkflowClient } from './family-workflow.client';

/** Thin: validates, takes the actor from the caller, hands to the workflow or reads the projection. Commands: FamilyCommandsController. */
@ApiTags('families')
@ApiBearerAuth()
@ApiNotFoundResponse({ type: ErrorResponse, description: 'No such family, or not one the caller may see.' })
@Controller('families')
export class FamiliesController {
  constructor(
    private readonly workflows: FamilyWorkflowClient,
    private readonly readModel: FamilyReadModel,
  ) {}

  @Post()
  @Requires('family.apply')
  @ApiOperation({ operationId: 'family.ApplyAsFamily', summary: 'A family applies (starts its workflow)', description: 'Sent by: volunteer_family, coordinator.' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: AppliedFamilyResponse })
  @ApiBadRequestResponse({ type: ValidationErrorResponse })
  @ApiConflictResponse({ type: ErrorResponse })
  apply(@CurrentActor() actor: Identity, @Body() dto: ApplyAsFamilyDto, @Headers('idempotency-key') idempotencyKey?: string) {
    return this.workflows.apply(actorOf(actor), dto, idempotencyKey);
  }

  @Get()
  @Requires('family.list')
  @ApiOperation({ operationId: 'family.list', summary: 'Families by stage, or by how long they have waited' })
  @ApiOkResponse({ type: FamilyPageResponse })
  async list(@Query() query: ListFamiliesQuery) {
    const [items, total] = await this.readModel.list(query);
    return { items, total, limit: query.limit, offset: query.offset };
  }

  /** The live state from the workflow; the projected row once Temporal no longer holds the workflow. */
  @Get(':familyId')
  @Requires('family.read')
  @ApiOperation({ operationId: 'family.get', summary: 'A family: its live state, or its projected row once the workflow is gone' })
  @ApiOkResponse({ type: FamilyDetailResponse })
  async get(@CurrentActor() actor: Identity, @Param('familyId') familyIdParam: string) {
    const familyId = this.visibleFamilyId(actor, familyIdParam);
    const view = await this.workflows.findView(familyId);
    if (view) return { familyId, source: 'workflow', ...view };
    const row = await this.readModel.find(familyId);
    if (!row) throw familyNotFound(familyId);
    return { familyId, source: 'read_model', row };
  }

  @Get(':familyId/events')
  @Requires('family.read')
  @ApiOperation({ operationId: 'family.events', summary: "The family's domain events" })
  @ApiOkResponse({ schema: { type: 'array', items: { type: 'object', additionalProperties: true } } })
  events(@CurrentActor() actor: Identity, @Param('familyId') familyId: string) {
    return this.workflows.events(this.visibleFamilyId(actor, familyId));
  }

  /** A family's account reaches only its own family; to anyone else another family does not exist. */
  private visibleFamilyId(actor: Identity, familyIdParam: string): string {
    const familyId = entityIdParam(familyIdParam, 'familyId');
    if (!canSeeFamily(actor, familyId)) throw familyNotFound(familyId);
    return familyId;
  }
}
