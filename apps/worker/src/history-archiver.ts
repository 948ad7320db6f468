import { Client } from '@temporalio/client';
import { ConfigError } from '@venskab/platform/config/config';
import type { Logger } from '@venskab/platform/logging/logger';
import { archiveClosedJourneyRuns } from '@venskab/audit/archive-closed-journey-runs';
import { HistoryArchive } from '@venskab/audit/history-archive';

export const DEFAULT_ARCHIVE_INTERVAL_SECONDS = 30;
/** Runs that closed shortly before the previous pass may reach visibility late; each pass looks back this far again. */
const VISIBILITY_LAG_MARGIN_MS = 10 * 60_000;

/** HISTORY_ARCHIVE_INTERVAL_SECONDS: how often the worker archives closed journey runs (default 30). */
export function archiveIntervalMs(env: Record<string, string | undefined> = process.env): number {
  const raw = env.HISTORY_ARCHIVE_INTERVAL_SECONDS;
  if (raw === undefined || raw === '') return DEFAULT_ARCHIVE_INTERVAL_SECONDS * 1000;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new ConfigError(`HISTORY_ARCHIVE_INTERVAL_SECONDS must be a positive number of seconds, got "${raw}"`);
  return seconds * 1000;
}

export interface HistoryArchiverOptions {
  client: Client;
  archive: HistoryArchive;
  intervalMs: number;
  logger: Logger;
}

/**
 * Copies closed journey runs into the archive every interval, in the worker process. The first
 * pass after a start looks at every closed run (catching up on whatever closed while no worker
 * ran); later passes only at runs closed since the last successful pass, with a margin.
 */
export class HistoryArchiver {
  private timer: NodeJS.Timeout | undefined;
  private pass: Promise<void> | undefined;
  private closedSince: Date | null = null;
  private stopped = false;

  constructor(private readonly options: HistoryArchiverOptions) {}

  start(): void {
    const tick = () => {
      this.pass = this.runOnce().then(
        (stored) => {
          if (stored > 0) this.options.logger.info({ stored }, 'archived closed journey runs');
        },
        (error: unknown) => this.options.logger.warn({ err: error }, 'archiving closed journey runs failed; retrying next interval'),
      );
      void this.pass.then(() => {
        if (!this.stopped) this.timer = setTimeout(tick, this.options.intervalMs);
      });
    };
    tick();
  }

  /** One pass; answers how many runs it archived. */
  async runOnce(): Promise<number> {
    const startedAt = Date.now();
    const stored = await archiveClosedJourneyRuns(this.options.client, this.options.archive, this.closedSince);
    this.closedSince = new Date(startedAt - VISIBILITY_LAG_MARGIN_MS);
    return stored;
  }

  /** No new pass starts; a pass under way finishes first, so no half-done work is left behind. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.pass;
  }
}
