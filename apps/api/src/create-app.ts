import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { VenskabConfig } from '@venskab/platform/config/config';
import type { Logger } from '@venskab/platform/logging/logger';
import { AppModule } from './app.module';
import { ApiExceptionFilter } from './common/http-exception.filter';
import { ProblemValidationPipe } from './common/validation-problems';
import { PinoNestLogger } from './logging/pino-nest-logger';
import { serveOpenApi } from './openapi/openapi';

/** Builds the HTTP API; main.ts listens on it, integration tests drive the same instance. */
export async function createApp(config: VenskabConfig, logger: Logger): Promise<INestApplication> {
  // rawBody: the JSON parser reads an empty body as {}; command routes tell "no body" from "{}" by it (CommandBodyGuard).
  const app = await NestFactory.create(AppModule.forRoot(config), { logger: new PinoNestLogger(logger), rawBody: true });
  // Every bad field is named, nested ones by their path, in English and as codes (see ProblemValidationPipe).
  app.useGlobalPipes(new ProblemValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());
  serveOpenApi(app);
  app.enableShutdownHooks();
  return app;
}
