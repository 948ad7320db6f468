import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { decodeRuns } from './decode-history';
import { HistoryArchive } from './history-archive';
import type { JourneyRunHistory } from './journey-run-history';
import { knownJourneyIds } from './known-journey-ids';
import { readJourneyHistories, withArchiveFallback } from './read-journey-histories';
import { TemporalHistorySource } from './temporal-history-source';

/**
 * The API's, the CLI's and the scripts' one way to a journey's histories: Temporal, falling back
 * to the archive, decoded with the client's payload codecs (the histories are stored encrypted).
 */
export class JourneyHistoryReader {
  readonly archive: HistoryArchive;
  private readonly temporal: TemporalHistorySource;

  constructor(private readonly client: Client, dataSource: DataSource) {
    this.archive = new HistoryArchive(dataSource);
    this.temporal = new TemporalHistorySource(client);
  }

  async histories(journeyId: string): Promise<JourneyRunHistory[]> {
    return decodeRuns(await readJourneyHistories(withArchiveFallback(this.temporal, this.archive), journeyId), this.client);
  }

  /** Only what the archive holds: how a journey reads once Temporal's retention removed it. */
  async archivedHistories(journeyId: string): Promise<JourneyRunHistory[]> {
    return decodeRuns(await readJourneyHistories(this.archive, journeyId), this.client);
  }

  journeyIds(): Promise<string[]> {
    return knownJourneyIds(this.client, this.archive);
  }
}
