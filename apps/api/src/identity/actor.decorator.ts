import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest } from './auth.guard';
import type { Identity } from './identity';

/** The caller as proven by their token (set by AuthGuard); this is what the workflows record as the actor. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Identity => {
  const identity = context.switchToHttp().getRequest<AuthenticatedRequest>().identity;
  if (!identity) throw new Error('CurrentActor used on a public endpoint');
  return identity;
});
