import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SESSION_LIFETIME_MS } from '@venskab/domain/people';
import type { Role } from '@venskab/domain/shared/actor';
import type { Identity } from './identity';
import { TokenService } from './token-service';

/** What a sign-in answers (POST /auth/token, an accepted invitation). */
export interface SignedIn {
  accessToken: string;
  tokenType: 'Bearer';
  expiresAt: string;
  identity: Identity;
}

interface LivePersonRow {
  person_id: string;
  display_name: string;
  role: Role;
  family_id: string | null;
  journey_ids: string[];
}

/** The identity as answered to the person: who they are and what they belong to, without the session id. */
export function publicIdentity(identity: Identity): Identity {
  const { sessionId: _sessionId, ...rest } = identity;
  return rest;
}

function identityOf(row: LivePersonRow, sessionId?: string): Identity {
  return {
    userId: row.person_id,
    role: row.role,
    displayName: row.display_name,
    ...(row.family_id ? { familyId: row.family_id } : {}),
    ...(row.role === 'parent' ? { journeyIds: row.journey_ids } : {}),
    ...(sessionId ? { sessionId } : {}),
  };
}

/** Sign-ins: started for 8 hours, honoured while neither expired, revoked nor the person deactivated. */
@Injectable()
export class Sessions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
  ) {}

  async start(personId: string): Promise<SignedIn> {
    const sessionId = randomUUID();
    const expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS);
    await this.dataSource.query('INSERT INTO sessions (session_id, person_id, expires_at) VALUES ($1, $2, $3)', [sessionId, personId, expiresAt]);
    const identity = await this.live(personId, sessionId);
    if (!identity) throw new Error(`person ${personId} cannot sign in`);
    return { accessToken: await this.tokens.issue(personId, sessionId, expiresAt), tokenType: 'Bearer', expiresAt: expiresAt.toISOString(), identity: publicIdentity(identity) };
  }

  /** The caller of a live session, in one query; null once it has ended. */
  async live(personId: string, sessionId: string): Promise<Identity | null> {
    const rows: LivePersonRow[] = await this.dataSource.query(
      `SELECT p.person_id, p.display_name, p.role, p.family_id, p.journey_ids
         FROM sessions s JOIN people p ON p.person_id = s.person_id
        WHERE s.session_id = $1 AND s.person_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND p.active`,
      [sessionId, personId],
    );
    return rows[0] ? identityOf(rows[0], sessionId) : null;
  }

  async revoke(sessionId: string): Promise<void> {
    await this.dataSource.query('UPDATE sessions SET revoked_at = now() WHERE session_id = $1 AND revoked_at IS NULL', [sessionId]);
  }

  /** Signs the person out everywhere. */
  async revokeAll(personId: string): Promise<void> {
    await this.dataSource.query('UPDATE sessions SET revoked_at = now() WHERE person_id = $1 AND revoked_at IS NULL', [personId]);
  }
}
