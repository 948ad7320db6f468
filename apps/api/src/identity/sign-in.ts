import { ForbiddenException, HttpException, HttpStatus, Injectable, UnauthorizedException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isStaff, signInWaitSeconds, SIGN_IN_WINDOW_MS } from '@venskab/domain/people';
import type { Role } from '@venskab/domain/shared/actor';
import type { ApiErrorBody } from '@venskab/domain/shared';
import { UNMATCHABLE_HASH, verifyPassword } from './password-hash';
import { Sessions, SignedIn } from './sessions';
import { TokenService } from './token-service';

interface Candidate {
  person_id: string;
  role: Role;
  password_hash: string | null;
  active: boolean;
}

/** Signing in with a user name or e-mail and a password, with guessing slowed down per user name. */
@Injectable()
export class SignIn {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: Sessions,
    private readonly tokens: TokenService,
  ) {}

  async signIn(givenName: string, password: string): Promise<SignedIn> {
    const name = givenName.trim().toLowerCase();
    const wait = await this.waitSeconds(name);
    if (wait > 0) {
      const body: ApiErrorBody = { code: 'too_many_attempts', message: `Too many failed sign-ins for this user name; try again in ${wait} seconds.` };
      throw new HttpException({ ...body, retryAfterSeconds: wait }, HttpStatus.TOO_MANY_REQUESTS);
    }
    // A user name wins over someone else's identical e-mail; an unknown name still costs one hash, so timing tells nothing.
    const [person]: Candidate[] = await this.dataSource.query(
      `SELECT person_id, role, password_hash, active FROM people
        WHERE lower(username) = $1 OR lower(email) = $1
        ORDER BY (lower(username) = $1) DESC NULLS LAST LIMIT 1`,
      [name],
    );
    const matches = await verifyPassword(password, person?.password_hash ?? UNMATCHABLE_HASH);
    const succeeded = matches && person !== undefined && person.active;
    await this.dataSource.query('INSERT INTO sign_in_attempts (username, succeeded) VALUES ($1, $2)', [name, succeeded]);
    if (!succeeded) throw new UnauthorizedException({ code: 'wrong_credentials', message: 'Unknown user name or wrong password.' } satisfies ApiErrorBody);
    if (!this.tokens.issuesOwnTokens && isStaff(person.role)) {
      throw new ForbiddenException({ code: 'staff_sign_in_at_issuer', message: "Staff sign in with the organisation's identity provider." } satisfies ApiErrorBody);
    }
    if (!this.tokens.signsTokens) {
      throw new ForbiddenException({ code: 'demo_accounts_off', message: 'Sign-in here needs JWT_SECRET besides AUTH_ISSUER_URL.' } satisfies ApiErrorBody);
    }
    return this.sessions.start(person.person_id);
  }

  /** The user name's failures since its last success within the window decide the wait. */
  private async waitSeconds(name: string): Promise<number> {
    const rows: Array<{ at: Date }> = await this.dataSource.query(
      `SELECT attempted_at AS at FROM sign_in_attempts
        WHERE username = $1 AND NOT succeeded AND attempted_at > $2
          AND attempted_at > coalesce((SELECT max(attempted_at) FROM sign_in_attempts WHERE username = $1 AND succeeded), '-infinity')`,
      [name, new Date(Date.now() - SIGN_IN_WINDOW_MS)],
    );
    return signInWaitSeconds(rows.map((row) => new Date(row.at).getTime()), Date.now());
  }
}
