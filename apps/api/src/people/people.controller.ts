import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor } from '../identity/actor.decorator';
import type { Identity } from '../identity/identity';
import { Requires } from '../identity/requires.decorator';
import { ErrorResponse, ValidationErrorResponse } from '../openapi/responses';
import { CreatePersonDto } from './dto/create-person.dto';
import { ListPeopleQuery } from './dto/list-people.query';
import { PeopleListResponse, PersonInvitedResponse } from './people.responses';
import { PeopleService } from './people.service';

/** People invited by coordinators (families' adults, parents), caseworkers (parents) and programme managers (staff). */
@ApiTags('people')
@ApiBearerAuth()
@ApiNotFoundResponse({ type: ErrorResponse, description: 'No such person, or not one the caller manages.' })
@Controller('people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Post()
  @Requires('people.manage')
  @ApiOperation({ operationId: 'people.create', summary: 'Create a person and an invitation link (e-mailed when e-mail is on)' })
  @ApiCreatedResponse({ type: PersonInvitedResponse })
  @ApiOkResponse({ type: PersonInvitedResponse, description: 'A parent with this e-mail exists: the journey was added (a new link only if they have no password yet).' })
  @ApiBadRequestResponse({ type: ValidationErrorResponse })
  @ApiForbiddenResponse({ type: ErrorResponse, description: 'The caller may not create this role.' })
  @ApiConflictResponse({ type: ErrorResponse, description: 'The e-mail or user name is taken.' })
  async create(@CurrentActor() manager: Identity, @Body() dto: CreatePersonDto, @Res({ passthrough: true }) response: Response) {
    const { created, answer } = await this.people.create(manager, dto);
    response.status(created ? 201 : 200);
    return answer;
  }

  @Get()
  @Requires('people.manage')
  @ApiOperation({ operationId: 'people.list', summary: 'The people the caller manages' })
  @ApiOkResponse({ type: PeopleListResponse })
  list(@CurrentActor() manager: Identity, @Query() query: ListPeopleQuery) {
    return this.people.list(manager, query);
  }

  @Post(':personId/invitation')
  @Requires('people.manage')
  @ApiOperation({ operationId: 'people.reinvite', summary: 'A new invitation link; earlier unused links stop working' })
  @ApiCreatedResponse({ type: PersonInvitedResponse })
  reinvite(@CurrentActor() manager: Identity, @Param('personId') personId: string) {
    return this.people.reinvite(manager, personId);
  }

  @Post(':personId/sessions/revoke')
  @HttpCode(204)
  @Requires('people.manage')
  @ApiOperation({ operationId: 'people.revokeSessions', summary: 'Sign the person out everywhere' })
  @ApiNoContentResponse()
  revokeSessions(@CurrentActor() manager: Identity, @Param('personId') personId: string): Promise<void> {
    return this.people.revokeSessions(manager, personId);
  }

  @Post(':personId/deactivate')
  @HttpCode(204)
  @Requires('people.manage')
  @ApiOperation({ operationId: 'people.deactivate', summary: 'Close the account: no more sign-ins, sessions ended' })
  @ApiNoContentResponse()
  deactivate(@CurrentActor() manager: Identity, @Param('personId') personId: string): Promise<void> {
    return this.people.deactivate(manager, personId);
  }
}
