import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { webUiDirectory, webUiMiddleware } from './web-ui';

/** The admin UI at /, when it has been built; without a build the API answers as before. */
@Module({})
export class WebUiModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    const directory = webUiDirectory();
    if (directory) consumer.apply(webUiMiddleware(directory)).forRoutes('{*path}');
  }
}
