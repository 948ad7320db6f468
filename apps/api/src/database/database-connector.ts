import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';

const RETRY_MS = 2000;

/** Connects the read model in the background and keeps trying while PostgreSQL is unreachable. */
@Injectable()
export class DatabaseConnector implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DatabaseConnector.name);
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    if (this.stopped || this.dataSource.isInitialized) return;
    try {
      await this.dataSource.initialize();
      this.logger.log('connected to PostgreSQL');
    } catch (error) {
      this.logger.warn(`PostgreSQL is not reachable (${(error as Error).message}); retrying every ${RETRY_MS / 1000} s`);
      this.retry = setTimeout(() => void this.connect(), RETRY_MS);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
