import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { JourneyHistoryReader } from '@venskab/audit/journey-history-reader';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';

/** The journeys' histories for the API: Temporal first, the archive when Temporal no longer has a run. */
export const journeyHistoryProvider = {
  provide: JourneyHistoryReader,
  inject: [TEMPORAL_CLIENT, DataSource],
  useFactory: (client: Client, dataSource: DataSource) => new JourneyHistoryReader(client, dataSource),
};
