import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { DemoAccounts } from './demo-accounts';
import { Sessions } from './sessions';
import { SignIn } from './sign-in';
import { TokenService } from './token-service';

@Global()
@Module({
  controllers: [AuthController],
  providers: [TokenService, Sessions, SignIn, DemoAccounts, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [TokenService, Sessions, DemoAccounts],
})
export class IdentityModule {}
