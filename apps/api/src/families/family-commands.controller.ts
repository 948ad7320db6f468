import { Controller } from '@nestjs/common';
import { ApiExtraModels, ApiTags } from '@nestjs/swagger';
import { PERMISSIONS as FAMILY_PERMISSIONS } from '@venskab/domain/family/permissions';
import type { FamilyCommand, FamilyCommandType } from '@venskab/domain/family';
import { addCommandRoutes, SendsCommands } from '../common/command-routes';
import { canSeeFamily } from '../identity/access-policy';
import { actorOf, Identity } from '../identity/identity';
import { FamilyViewResponse } from '../openapi/responses';
import { FAMILY_COMMAND_DTOS } from './dto/family-command-dtos';
import { entityIdParam } from './family-id';
import { familyNotFound, FamilyWorkflowClient } from './family-workflow.client';

/**
 * `POST /families/:familyId/commands/<CommandType>`, one route per command (added below from
 * FAMILY_COMMAND_DTOS). Thin: the body is the command's fields, the actor is the caller; a role the
 * family domain never lets give the command gets 403, otherwise the domain says whether it may now (409).
 */
@ApiTags('family commands')
@ApiExtraModels(FamilyViewResponse)
@Controller('families')
export class FamilyCommandsController implements SendsCommands {
  constructor(private readonly workflows: FamilyWorkflowClient) {}

  send(type: string, actor: Identity, familyIdText: string, fields: object, idempotencyKey: string | undefined) {
    const familyId = entityIdParam(familyIdText, 'familyId');
    // A family's account reaches only its own family; to anyone else another family does not exist.
    if (!canSeeFamily(actor, familyId)) throw familyNotFound(familyId);
    const command = { ...fields, type, actor: actorOf(actor) } as FamilyCommand;
    return this.workflows.command(familyId, command, idempotencyKey);
  }
}

addCommandRoutes(FamilyCommandsController, FAMILY_COMMAND_DTOS, {
  idParam: 'familyId',
  permission: 'family.command',
  roles: (type) => FAMILY_PERMISSIONS[type as FamilyCommandType].roles,
  operationPrefix: 'family',
  responses: [FamilyViewResponse],
  describe: (type) => `Sent by: ${FAMILY_PERMISSIONS[type as FamilyCommandType].roles.filter((role) => role !== 'system').join(', ')}.`,
});
