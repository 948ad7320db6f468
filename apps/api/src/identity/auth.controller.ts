import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ErrorResponse } from '../openapi/responses';
import { SignedInIdentityResponse, SignedInResponse, TooManyAttemptsResponse } from '../people/people.responses';
import { CurrentActor } from './actor.decorator';
import { SignInDto } from './dto/sign-in.dto';
import type { Identity } from './identity';
import { Public, Requires } from './requires.decorator';
import { publicIdentity, Sessions } from './sessions';
import { SignIn } from './sign-in';

/** Signing in with a user name (or e-mail) and password, signing out, and who the caller is. */
@ApiTags('sign-in')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly signIn: SignIn,
    private readonly sessions: Sessions,
  ) {}

  @Public()
  @Post('token')
  @HttpCode(200)
  @ApiOperation({ operationId: 'auth.token', summary: 'Sign in; answers a bearer token for 8 hours', description: 'With an OpenID Connect issuer, only families and parents sign in here.' })
  @ApiOkResponse({ type: SignedInResponse })
  @ApiUnauthorizedResponse({ type: ErrorResponse, description: 'Unknown user name or wrong password.' })
  @ApiForbiddenResponse({ type: ErrorResponse, description: "Staff sign in at the organisation's identity provider." })
  @ApiTooManyRequestsResponse({ type: TooManyAttemptsResponse, description: '5 failures for this user name within 15 minutes.' })
  token(@Body() dto: SignInDto) {
    return this.signIn.signIn(dto.username, dto.password);
  }

  @Post('sign-out')
  @HttpCode(204)
  @Requires('auth.self')
  @ApiBearerAuth()
  @ApiOperation({ operationId: 'auth.signOut', summary: "Sign out: the caller's token stops working" })
  @ApiNoContentResponse()
  async signOut(@CurrentActor() actor: Identity): Promise<void> {
    if (actor.sessionId) await this.sessions.revoke(actor.sessionId);
  }

  @Get('me')
  @Requires('auth.self')
  @ApiBearerAuth()
  @ApiOperation({ operationId: 'auth.me', summary: 'Who the caller is' })
  @ApiOkResponse({ type: SignedInIdentityResponse })
  me(@CurrentActor() actor: Identity) {
    return publicIdentity(actor);
  }
}
