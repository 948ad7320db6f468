import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PersonRole } from '@venskab/domain/people';
import { hashPassword } from './password-hash';
import { TokenService } from './token-service';

/** The password of every demo account (listed in the README). */
export const DEMO_PASSWORD = 'venskab-demo';

interface DemoStaff {
  username: string;
  displayName: string;
  role: PersonRole;
  unit: string;
}

/**
 * The staff of the embedded default, one per role; each person's id is their user name. Families'
 * adults and parents are invited through the API like real ones (scripts/demo-data.ts).
 */
export const DEMO_STAFF: readonly DemoStaff[] = [
  { username: 'caseworker', displayName: 'Mette Kjær', role: 'caseworker', unit: 'Aarhus Kommune' },
  { username: 'coordinator', displayName: 'Jonas Holm', role: 'coordinator', unit: 'Venskab Østjylland' },
  { username: 'manager', displayName: 'Lene Bech', role: 'programme_manager', unit: 'Venskab' },
  { username: 'auditor', displayName: 'Søren Dahl', role: 'auditor', unit: 'Intern revision' },
];

// PostgreSQL connects in the root module's bootstrap, after this module's: retry soon.
const RETRY_MS = 250;

/**
 * When the API signs its own tokens, makes sure the demo staff exist once PostgreSQL is reachable.
 * Adds missing ones only: a person whose password was changed keeps it.
 */
@Injectable()
export class DemoAccounts implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DemoAccounts.name);
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
  ) {}

  /** The first try is awaited, so an API that starts with PostgreSQL up accepts demo sign-ins at once. */
  async onApplicationBootstrap(): Promise<void> {
    if (this.tokens.issuesOwnTokens) await this.ensure();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearTimeout(this.retry);
  }

  private async ensure(): Promise<void> {
    if (this.stopped) return;
    try {
      if (!this.dataSource.isInitialized) throw new Error('PostgreSQL is not connected yet');
      const existing: Array<{ username: string }> = await this.dataSource.query('SELECT username FROM people WHERE username = ANY($1)', [DEMO_STAFF.map((staff) => staff.username)]);
      for (const staff of DEMO_STAFF.filter((candidate) => !existing.some((row) => row.username === candidate.username))) {
        await this.dataSource.query(
          `INSERT INTO people (person_id, display_name, role, username, password_hash, unit, created_by)
           VALUES ($1, $2, $3, $1, $4, $5, 'system') ON CONFLICT DO NOTHING`,
          [staff.username, staff.displayName, staff.role, await hashPassword(DEMO_PASSWORD), staff.unit],
        );
      }
    } catch (error) {
      this.logger.debug(`demo accounts not ensured yet (${(error as Error).message}); retrying`);
      this.retry = setTimeout(() => void this.ensure(), RETRY_MS);
      this.retry.unref();
    }
  }
}
