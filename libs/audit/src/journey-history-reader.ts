import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { HistoryArchive } from './history-archive';
import type { JourneyRunHistory } from './journey-run-history';
import { knownJourneyIds } from './known-journey-ids';
import { readJourneyHistories, withArchiveFallback } from './read-journey-histories';
import { TemporalHistorySource } from './temporal-history-source';

/** The API's, the CLI's and the scripts' one way to a journey's histories: Temporal, falling back to the archive. */
export class JourneyHistoryReader {
  readonly archive: HistoryArchive;
  private readonly temporal: TemporalHistorySource;

  constructor(private readonly client: Client, dataSource: DataSource) {
    this.archive = new HistoryArchive(dataSource);
    this.temporal = new TemporalHistorySource(client);
  }

  histories(journeyId: string): Promise<JourneyRunHistory[]> {
    return readJourneyHistories(withArchiveFallback(this.temporal, this.archive), journeyId);
  }

  /** Only what the archive holds: how a journey reads once Temporal's retention removed it. */
  archivedHistories(journeyId: string): Promise<JourneyRunHistory[]> {
    return readJourneyHistories(this.archive, journeyId);
  }

  journeyIds(): Promise<string[]> {
    return knownJourneyIds(this.client, this.archive);
  }
}
