import { Client, Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { effectiveDatabaseUrl, VenskabConfig } from '@venskab/platform/config/config';
import { createReadModelDataSource } from '@venskab/read-model/data-source';
import { JourneyHistoryReader } from './journey-history-reader';

export interface AuditConnections {
  client: Client;
  dataSource: DataSource;
  histories: JourneyHistoryReader;
  close(): Promise<void>;
}

/** Temporal and PostgreSQL as the command-line tools reach them (TEMPORAL_ADDRESS, DATABASE_URL). */
export async function openAuditConnections(config: VenskabConfig): Promise<AuditConnections> {
  const dataSource = createReadModelDataSource(effectiveDatabaseUrl(config));
  await dataSource.initialize();
  const connection = await Connection.connect({ address: config.temporalAddress }).catch(async (error: unknown) => {
    await dataSource.destroy();
    throw error;
  });
  const client = new Client({ connection, namespace: config.temporalNamespace });
  return {
    client,
    dataSource,
    histories: new JourneyHistoryReader(client, dataSource),
    async close() {
      await connection.close();
      await dataSource.destroy();
    },
  };
}
