import { CanActivate, ExecutionContext, ForbiddenException } from '@nestjs/common';
import type { Role } from '@venskab/domain/shared/actor';
import type { ApiErrorBody } from '@venskab/domain/shared';
import type { AuthenticatedRequest } from '../identity/auth.guard';

/**
 * A role the domain never lets send this command is answered 403 before its body is read or the
 * workflow asked; whether an allowed role may send it now (stage, its own child or family) stays
 * the domain's to say (409). The roles are the domain's own list for the command.
 */
export class CommandRoleGuard implements CanActivate {
  constructor(
    private readonly commandType: string,
    private readonly roles: readonly Role[],
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const role = context.switchToHttp().getRequest<AuthenticatedRequest>().identity?.role;
    if (role !== undefined && this.roles.includes(role)) return true;
    throw new ForbiddenException({
      code: 'command_not_for_role',
      message: `A ${role ?? 'caller without a role'} may never send ${this.commandType}; it is sent by: ${this.roles.filter((each) => each !== 'system').join(', ')}.`,
    } satisfies ApiErrorBody);
  }
}
