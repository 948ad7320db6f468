import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { DataProtection, dataProtection } from '@venskab/platform/codec/data-protection';
import type { VenskabConfig } from '@venskab/platform/config/config';
import { DataSource } from 'typeorm';
import { VENSKAB_CONFIG } from '../config/config.module';

export const TEMPORAL_CONNECTION = Symbol('TEMPORAL_CONNECTION');
/** For /health only: without the retry interceptor, so a probe of a server that is down answers at once and leaves no retries behind. */
export const TEMPORAL_PROBE_CONNECTION = Symbol('TEMPORAL_PROBE_CONNECTION');
export const TEMPORAL_CLIENT = Symbol('TEMPORAL_CLIENT');
/** The payload codec and its cache of data keys, shared by the client, the codec server and the history reader. */
export const DATA_PROTECTION = Symbol('DATA_PROTECTION');

/** One Temporal connection for the API, its payloads encrypted. It is lazy so the API starts (and /health says why) while Temporal is down. */
@Global()
@Module({
  providers: [
    {
      provide: TEMPORAL_CONNECTION,
      inject: [VENSKAB_CONFIG],
      useFactory: (config: VenskabConfig) => Connection.lazy({ address: config.temporalAddress }),
    },
    {
      provide: TEMPORAL_PROBE_CONNECTION,
      inject: [VENSKAB_CONFIG],
      useFactory: (config: VenskabConfig) => Connection.lazy({ address: config.temporalAddress, interceptors: [] }),
    },
    {
      provide: DATA_PROTECTION,
      inject: [VENSKAB_CONFIG, DataSource],
      useFactory: (config: VenskabConfig, dataSource: DataSource) => dataProtection(config, dataSource),
    },
    {
      provide: TEMPORAL_CLIENT,
      inject: [TEMPORAL_CONNECTION, VENSKAB_CONFIG, DATA_PROTECTION],
      useFactory: (connection: Connection, config: VenskabConfig, protection: DataProtection) =>
        new Client({ connection, namespace: config.temporalNamespace, dataConverter: protection.dataConverter }),
    },
  ],
  exports: [TEMPORAL_CONNECTION, TEMPORAL_PROBE_CONNECTION, TEMPORAL_CLIENT, DATA_PROTECTION],
})
export class TemporalModule implements OnApplicationShutdown {
  constructor(
    @Inject(TEMPORAL_CONNECTION) private readonly connection: Connection,
    @Inject(TEMPORAL_PROBE_CONNECTION) private readonly probeConnection: Connection,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.connection.close(), this.probeConnection.close()]);
  }
}
