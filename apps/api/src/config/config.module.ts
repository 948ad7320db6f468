import { Global, Module } from '@nestjs/common';
import { loadConfig, VenskabConfig } from '@venskab/platform/config/config';

export const VENSKAB_CONFIG = Symbol('VENSKAB_CONFIG');

/** The validated configuration as an injectable value; a bad value stops the boot with a clear message. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: VenskabConfig = loadConfig()) {
    return {
      module: ConfigModule,
      providers: [{ provide: VENSKAB_CONFIG, useValue: config }],
      exports: [VENSKAB_CONFIG],
    };
  }
}
