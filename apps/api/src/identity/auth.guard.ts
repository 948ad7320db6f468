import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { isStaff } from '@venskab/domain/people';
import type { ApiErrorBody } from '@venskab/domain/shared';
import { hasPermission, Permission } from './access-policy';
import type { Identity } from './identity';
import { PERMISSION_KEY, PUBLIC_KEY } from './requires.decorator';
import { Sessions } from './sessions';
import { TokenService } from './token-service';

export type AuthenticatedRequest = Request & { identity?: Identity };

/**
 * Global guard: every request carries a valid bearer token of a live session (or of the OpenID
 * Connect issuer), and the caller's role holds the endpoint's permission. An endpoint that names
 * no permission is closed, so a forgotten decorator fails safe.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly sessions: Sessions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.header('authorization') ?? '';
    const match = /^Bearer (.+)$/i.exec(header);
    if (!match) throw new UnauthorizedException({ code: 'missing_token', message: 'Sign in first: send "Authorization: Bearer <token>".' } satisfies ApiErrorBody);
    request.identity = await this.identityOf(match[1]);
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
    if (!permission || !hasPermission(request.identity, permission)) {
      throw new ForbiddenException({ code: 'forbidden', message: `A ${request.identity.role} may not do this.` } satisfies ApiErrorBody);
    }
    return true;
  }

  private async identityOf(token: string): Promise<Identity> {
    const verified = await this.tokens.verify(token);
    if (verified.kind === 'issuer') return verified.identity;
    const identity = await this.sessions.live(verified.personId, verified.sessionId);
    if (!identity) throw new UnauthorizedException({ code: 'session_ended', message: 'The sign-in has ended (signed out, expired or the account was closed); sign in again.' } satisfies ApiErrorBody);
    // With an issuer, staff sign in there only; a local staff token from before would bypass it.
    if (!this.tokens.issuesOwnTokens && isStaff(identity.role)) {
      throw new UnauthorizedException({ code: 'invalid_token', message: "Staff sign in with the organisation's identity provider." } satisfies ApiErrorBody);
    }
    return identity;
  }
}
