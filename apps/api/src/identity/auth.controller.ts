import { Body, Controller, HttpCode, NotFoundException, Post, UnauthorizedException } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { timingSafeEqual } from 'node:crypto';
import { ErrorResponse, TokenResponse } from '../openapi/responses';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { SignInDto } from './dto/sign-in.dto';
import { Public } from './requires.decorator';
import { TokenService } from './token-service';
import type { ApiErrorBody } from '@venskab/domain/shared';

function samePassword(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Sign-in with the demo accounts of the embedded default. With an OpenID Connect issuer, people sign in there instead. */
@ApiTags('sign-in')
@Controller('auth')
export class AuthController {
  constructor(private readonly tokens: TokenService) {}

  @Public()
  @Post('token')
  @HttpCode(200)
  @ApiOperation({ operationId: 'auth.token', summary: 'Sign in with a demo account; answers a bearer token (8 hours)' })
  @ApiOkResponse({ type: TokenResponse })
  @ApiUnauthorizedResponse({ type: ErrorResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'Demo accounts are off (an OpenID Connect issuer is configured).' })
  async signIn(@Body() dto: SignInDto) {
    if (!this.tokens.issuesOwnTokens) {
      throw new NotFoundException({ code: 'demo_accounts_off', message: 'Sign in with the organisation\'s identity provider.' } satisfies ApiErrorBody);
    }
    const account = DEMO_ACCOUNTS.find((candidate) => candidate.username === dto.username);
    if (!account || !samePassword(dto.password, account.password)) {
      throw new UnauthorizedException({ code: 'wrong_credentials', message: 'Unknown user name or wrong password.' } satisfies ApiErrorBody);
    }
    return { accessToken: await this.tokens.issue(account.identity), tokenType: 'Bearer', identity: account.identity };
  }
}
