import 'reflect-metadata';
import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { VenskabConfig } from '@venskab/platform/config/config';
import type { Logger } from '@venskab/platform/logging/logger';
import { AppModule } from './app.module';
import { ApiExceptionFilter } from './common/http-exception.filter';
import { PinoNestLogger } from './logging/pino-nest-logger';
import { serveOpenApi } from './openapi/openapi';

/** Builds the HTTP API; main.ts listens on it, integration tests drive the same instance. */
export async function createApp(config: VenskabConfig, logger: Logger): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(config), { logger: new PinoNestLogger(logger) });
  // Every bad field is named, nested ones by their path (e.g. "baseline.coping must not be greater than 4").
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.useGlobalFilters(new ApiExceptionFilter());
  serveOpenApi(app);
  app.enableShutdownHooks();
  return app;
}
