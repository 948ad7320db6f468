import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DemoAccounts } from '../identity/demo-accounts';

const RETRY_MS = 2000;

/**
 * Connects the read model in the background and keeps trying while PostgreSQL is unreachable. It is
 * ready once connected and the demo staff (if any) are in place: /health answers 200 only then.
 */
@Injectable()
export class DatabaseConnector implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DatabaseConnector.name);
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;
  private prepared = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly demoAccounts: DemoAccounts,
  ) {}

  get ready(): boolean {
    return this.dataSource.isInitialized && this.prepared;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    if (this.stopped || this.ready) return;
    try {
      if (!this.dataSource.isInitialized) await this.dataSource.initialize();
      await this.demoAccounts.ensure();
      this.prepared = true;
      this.logger.log('connected to PostgreSQL');
    } catch (error) {
      this.logger.warn(`PostgreSQL is not ready (${(error as Error).message}); retrying every ${RETRY_MS / 1000} s`);
      this.retry = setTimeout(() => void this.connect(), RETRY_MS);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
