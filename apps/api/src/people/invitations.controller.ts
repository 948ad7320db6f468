import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiGoneResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../identity/requires.decorator';
import { ErrorResponse, ValidationErrorResponse } from '../openapi/responses';
import { AcceptInvitationDto } from './dto/accept-invitation.dto';
import { Invitations } from './invitations';
import { InvitationResponse, SignedInResponse } from './people.responses';

/** Public: the link's secret is the proof. */
@ApiTags('sign-in')
@ApiNotFoundResponse({ type: ErrorResponse, description: 'No such invitation.' })
@ApiConflictResponse({ type: ErrorResponse, description: 'The invitation has been used.' })
@ApiGoneResponse({ type: ErrorResponse, description: 'The invitation has expired.' })
@Controller('invitations')
export class InvitationsController {
  constructor(private readonly invitations: Invitations) {}

  @Public()
  @Get(':token')
  @ApiOperation({ operationId: 'invitation.get', summary: 'Whom an invitation is for' })
  @ApiOkResponse({ type: InvitationResponse })
  describe(@Param('token') token: string) {
    return this.invitations.describe(token);
  }

  @Public()
  @Post(':token/accept')
  @HttpCode(200)
  @ApiOperation({ operationId: 'invitation.accept', summary: 'Choose a password and sign in (the link works once)' })
  @ApiOkResponse({ type: SignedInResponse })
  @ApiBadRequestResponse({ type: ValidationErrorResponse })
  accept(@Param('token') token: string, @Body() dto: AcceptInvitationDto) {
    return this.invitations.accept(token, dto.password);
  }
}
