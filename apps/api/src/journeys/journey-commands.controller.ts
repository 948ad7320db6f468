import { Controller } from '@nestjs/common';
import { ApiExtraModels, ApiTags } from '@nestjs/swagger';
import { COMMAND_RULES } from '@venskab/domain/journey';
import type { JourneyCommand, JourneyCommandType } from '@venskab/domain/journey';
import { addCommandRoutes, SendsCommands } from '../common/command-routes';
import { entityIdParam } from '../families/family-id';
import { actorOf, Identity } from '../identity/identity';
import { CaseworkerJourneyViewResponse, JourneyViewResponse } from '../openapi/responses';
import { JOURNEY_COMMAND_DTOS } from './dto/journey-command-dtos';
import { assertCanSeeJourney, relationsOf } from './journey-access';
import { JourneyViewForCaller } from './journey-view-for-caller';
import { JourneyWorkflowClient } from './journey-workflow.client';

/**
 * `POST /journeys/:journeyId/commands/<CommandType>`, one route per command (added below from
 * JOURNEY_COMMAND_DTOS). Thin: the body is the command's fields, the actor is the caller; whether the
 * command is allowed in the journey's stage is the domain's to say (409); a role its rules never
 * allow gets 403 first.
 */
@ApiTags('journey commands')
@ApiExtraModels(JourneyViewResponse, CaseworkerJourneyViewResponse)
@Controller('journeys')
export class JourneyCommandsController implements SendsCommands {
  constructor(
    private readonly workflows: JourneyWorkflowClient,
    private readonly views: JourneyViewForCaller,
  ) {}

  async send(type: string, actor: Identity, journeyIdText: string, fields: object, idempotencyKey: string | undefined) {
    const journeyId = entityIdParam(journeyIdText, 'journeyId');
    assertCanSeeJourney(actor, journeyId, relationsOf((await this.workflows.view(journeyId)).state));
    // A family writes its logbook as itself: the family id comes from its account, never from the body.
    const ownFamily = type === 'WriteLogbookEntry' ? { familyId: actor.familyId ?? '' } : {};
    const command = { ...fields, ...ownFamily, type, actor: actorOf(actor) } as JourneyCommand;
    const view = await this.workflows.command(journeyId, command, idempotencyKey);
    return this.views.of(actor, view);
  }
}

addCommandRoutes(JourneyCommandsController, JOURNEY_COMMAND_DTOS, {
  idParam: 'journeyId',
  permission: 'journey.command',
  roles: (type) => COMMAND_RULES[type as JourneyCommandType].roles,
  operationPrefix: 'journey',
  responses: [JourneyViewResponse, CaseworkerJourneyViewResponse],
  describe: (type) => {
    const rule = COMMAND_RULES[type as JourneyCommandType];
    return (
      `Sent by: ${rule.roles.join(', ')}. Accepted in the stages: ${rule.stages.join(', ')}. ` +
      'Answers the journey view as the caller may see it: caseworkers and parents the milestones, a family its own view.'
    );
  },
});
