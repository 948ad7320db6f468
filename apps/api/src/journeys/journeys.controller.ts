import { Body, Controller, Get, Headers, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { caseworkerView, endedFamilyJourneyView } from '@venskab/domain/journey';
import type { JourneyStage, JourneyState } from '@venskab/domain/journey';
import { entityIdParam } from '../families/family-id';
import { seesMilestonesOnly } from '../identity/access-policy';
import { CurrentActor } from '../identity/actor.decorator';
import { actorOf, Identity } from '../identity/identity';
import { Requires } from '../identity/requires.decorator';
import {
  CaseworkerJourneyViewResponse,
  ErrorResponse,
  JourneyFromReadModelResponse,
  JourneyPageResponse,
  JourneyRowResponse,
  JourneyViewResponse,
  ReferredJourneyResponse,
  ValidationErrorResponse,
} from '../openapi/responses';
import { ListJourneysQuery } from './dto/list-journeys.query';
import { ReferChildDto } from './dto/refer-child.dto';
import { assertCanSeeJourney, relationsOf } from './journey-access';
import { JourneyReadModel } from './journey-read-model';
import { JourneyViewForCaller } from './journey-view-for-caller';
import { JourneyWorkflowClient } from './journey-workflow.client';

const journeyIdParam = (value: string) => entityIdParam(value, 'journeyId');

/** Thin: validates, takes the actor from the caller's token, hands to the workflow or reads the projection. Commands: JourneyCommandsController. */
@ApiTags('journeys')
@ApiBearerAuth()
@ApiExtraModels(JourneyViewResponse, CaseworkerJourneyViewResponse, JourneyFromReadModelResponse)
@ApiNotFoundResponse({ type: ErrorResponse, description: 'No such journey, or not one the caller may see.' })
@Controller('journeys')
export class JourneysController {
  constructor(
    private readonly workflows: JourneyWorkflowClient,
    private readonly readModel: JourneyReadModel,
    private readonly views: JourneyViewForCaller,
  ) {}

  @Post()
  @Requires('journey.refer')
  @ApiOperation({ operationId: 'journey.ReferChild', summary: 'Refer a child (starts the journey)', description: 'Sent by: caseworker.' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retried referral with the same key starts one journey.' })
  @ApiCreatedResponse({ type: ReferredJourneyResponse })
  @ApiBadRequestResponse({ type: ValidationErrorResponse })
  @ApiConflictResponse({ type: ErrorResponse, description: 'The referral fails an eligibility rule: the reason.' })
  refer(@CurrentActor() actor: Identity, @Body() dto: ReferChildDto, @Headers('idempotency-key') idempotencyKey?: string) {
    return this.workflows.refer(actorOf(actor), dto, idempotencyKey);
  }

  @Get()
  @Requires('journey.list')
  @ApiOperation({ operationId: 'journey.list', summary: "The caller's journeys", description: 'A caseworker sees the children they referred, a family those matched with it.' })
  @ApiOkResponse({ type: JourneyPageResponse })
  async list(@CurrentActor() actor: Identity, @Query() query: ListJourneysQuery) {
    const [items, total] = await this.readModel.list(query, actor);
    return { items, total, limit: query.limit, offset: query.offset };
  }

  /**
   * The live state and schedule; a caseworker gets the milestones only. Once Temporal no longer
   * holds the workflow (a finished journey past retention), the last projected row, marked
   * `source: 'read_model'` (a caseworker: the milestones from the projected events).
   */
  @Get(':journeyId')
  @Requires('journey.read')
  @ApiOperation({ operationId: 'journey.get', summary: 'A journey: state, schedule and allowed commands; caseworkers get milestones only' })
  @ApiOkResponse({
    schema: {
      oneOf: [
        { $ref: getSchemaPath(JourneyViewResponse) },
        { $ref: getSchemaPath(CaseworkerJourneyViewResponse) },
        { $ref: getSchemaPath(JourneyFromReadModelResponse) },
      ],
    },
  })
  async get(@CurrentActor() actor: Identity, @Param('journeyId') journeyIdText: string) {
    const journeyId = journeyIdParam(journeyIdText);
    const view = await this.workflows.findView(journeyId);
    if (!view) return this.fromReadModel(actor, journeyId);
    assertCanSeeJourney(actor, journeyId, relationsOf(view.state));
    return this.views.of(actor, view);
  }

  @Get(':journeyId/row')
  @Requires('journey.read')
  @ApiOperation({ operationId: 'journey.row', summary: "The journey's projected row" })
  @ApiOkResponse({ type: JourneyRowResponse })
  async row(@CurrentActor() actor: Identity, @Param('journeyId') journeyIdText: string) {
    const journeyId = journeyIdParam(journeyIdText);
    const row = await this.readModel.get(journeyId);
    assertCanSeeJourney(actor, journeyId, row);
    return row;
  }

  @Get(':journeyId/events')
  @Requires('journey.timeline')
  @ApiOperation({ operationId: 'journey.events', summary: "The journey's domain events (the workflow's own list)" })
  @ApiOkResponse({ schema: { type: 'array', items: { type: 'object', additionalProperties: true } } })
  events(@Param('journeyId') journeyId: string) {
    return this.workflows.events(journeyIdParam(journeyId));
  }

  private async fromReadModel(actor: Identity, journeyId: string) {
    const row = await this.readModel.get(journeyId);
    assertCanSeeJourney(actor, journeyId, row);
    if (seesMilestonesOnly(actor)) {
      // caseworkerView reads only the journey id and stage of the state; the events come from the projection.
      const state = { journeyId, stage: row.stage as JourneyStage } as JourneyState;
      return { ...caseworkerView(state, await this.readModel.events(journeyId)), source: 'read_model' as const };
    }
    if (actor.role === 'volunteer_family') return { ...endedFamilyJourneyView(journeyId, row.stage as JourneyStage, row.childLabel), source: 'read_model' as const };
    return { journeyId, source: 'read_model' as const, row };
  }
}
