import { Client, Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { checkedDataProtection } from '@venskab/platform/codec/data-protection';
import { effectiveDatabaseUrl, VenskabConfig } from '@venskab/platform/config/config';
import { createReadModelDataSource } from '@venskab/read-model/data-source';
import { JourneyHistoryReader } from './journey-history-reader';

export interface AuditConnections {
  client: Client;
  dataSource: DataSource;
  histories: JourneyHistoryReader;
  close(): Promise<void>;
}

/** Temporal and PostgreSQL as the command-line tools reach them (TEMPORAL_ADDRESS, DATABASE_URL), the payloads decrypted under the master key. */
export async function openAuditConnections(config: VenskabConfig): Promise<AuditConnections> {
  const dataSource = createReadModelDataSource(effectiveDatabaseUrl(config));
  await dataSource.initialize();
  const connection = await checkedDataProtection(config, dataSource)
    .then(async (protection) => ({ protection, temporal: await Connection.connect({ address: config.temporalAddress }) }))
    .catch(async (error: unknown) => {
      await dataSource.destroy();
      throw error;
    });
  const client = new Client({ connection: connection.temporal, namespace: config.temporalNamespace, dataConverter: connection.protection.dataConverter });
  return {
    client,
    dataSource,
    histories: new JourneyHistoryReader(client, dataSource),
    async close() {
      await connection.temporal.close();
      await dataSource.destroy();
    },
  };
}
