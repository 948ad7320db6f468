import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { hasPermission, Permission } from './access-policy';
import type { Identity } from './identity';
import { PERMISSION_KEY, PUBLIC_KEY } from './requires.decorator';
import { TokenService } from './token-service';
import type { ApiErrorBody } from '@venskab/domain/shared';

export type AuthenticatedRequest = Request & { identity?: Identity };

/**
 * Global guard: every request carries a valid bearer token and the caller's role holds the
 * endpoint's permission. An endpoint that names no permission is closed, so a forgotten
 * decorator fails safe.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.header('authorization') ?? '';
    const match = /^Bearer (.+)$/i.exec(header);
    if (!match) throw new UnauthorizedException({ code: 'missing_token', message: 'Sign in first: send "Authorization: Bearer <token>".' } satisfies ApiErrorBody);
    request.identity = await this.tokens.verify(match[1]);
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
    if (!permission || !hasPermission(request.identity, permission)) {
      throw new ForbiddenException({ code: 'forbidden', message: `A ${request.identity.role} may not do this.` } satisfies ApiErrorBody);
    }
    return true;
  }
}
