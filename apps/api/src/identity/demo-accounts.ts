import { Injectable } from '@nestjs/common';
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

/**
 * When the API signs its own tokens, makes sure the demo staff exist. Run by the DatabaseConnector
 * as soon as PostgreSQL is connected and before the API reports itself healthy, so a sign-in right
 * after start finds them. Adds missing ones only: a person whose password was changed keeps it.
 */
@Injectable()
export class DemoAccounts {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
  ) {}

  async ensure(): Promise<void> {
    if (!this.tokens.issuesOwnTokens) return;
    const existing: Array<{ username: string }> = await this.dataSource.query('SELECT username FROM people WHERE username = ANY($1)', [DEMO_STAFF.map((staff) => staff.username)]);
    for (const staff of DEMO_STAFF.filter((candidate) => !existing.some((row) => row.username === candidate.username))) {
      await this.dataSource.query(
        `INSERT INTO people (person_id, display_name, role, username, password_hash, unit, created_by)
         VALUES ($1, $2, $3, $1, $4, $5, 'system') ON CONFLICT DO NOTHING`,
        [staff.username, staff.displayName, staff.role, await hashPassword(DEMO_PASSWORD), staff.unit],
      );
    }
  }
}
