import { ConflictException, GoneException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { INVITATION_LIFETIME_MS } from '@venskab/domain/people';
import type { ApiErrorBody } from '@venskab/domain/shared';
import type { VenskabConfig } from '@venskab/platform/config/config';
import { VENSKAB_CONFIG } from '../config/config.module';
import { hashPassword } from '../identity/password-hash';
import { Sessions, SignedIn } from '../identity/sessions';

export interface IssuedInvitation {
  invitationUrl: string;
  expiresAt: Date;
}

interface InvitationLookup {
  person_id: string;
  display_name: string;
  role: string;
  expires_at: Date;
  used_at: Date | null;
}

/** Only the SHA-256 of a link's secret is stored: a leaked table opens no account. */
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** Single-use, expiring links by which a person chooses their password and is signed in. */
@Injectable()
export class Invitations {
  constructor(
    @Inject(VENSKAB_CONFIG) private readonly config: VenskabConfig,
    private readonly dataSource: DataSource,
    private readonly sessions: Sessions,
  ) {}

  /** A new link for the person; their earlier unused links stop working. */
  async issue(personId: string, createdBy: string): Promise<IssuedInvitation> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + INVITATION_LIFETIME_MS);
    await this.expireOpen(personId);
    await this.dataSource.query(
      'INSERT INTO invitations (invitation_id, person_id, token_hash, created_by, expires_at) VALUES ($1, $2, $3, $4, $5)',
      [randomUUID(), personId, hashOf(token), createdBy, expiresAt],
    );
    // The secret travels in the fragment, which browsers never send to a server or put in its logs.
    return { invitationUrl: `${this.config.publicUrl.replace(/\/$/, '')}/invitation#${token}`, expiresAt };
  }

  async expireOpen(personId: string): Promise<void> {
    await this.dataSource.query('UPDATE invitations SET expires_at = now() WHERE person_id = $1 AND used_at IS NULL AND expires_at > now()', [personId]);
  }

  /** Whom the link invites, if it still works. */
  async describe(token: string): Promise<{ displayName: string; role: string; expiresAt: string }> {
    const invitation = await this.usable(token);
    return { displayName: invitation.display_name, role: invitation.role, expiresAt: new Date(invitation.expires_at).toISOString() };
  }

  /** Sets the person's password and signs them in; the link is used up in the same statement, so it works once. */
  async accept(token: string, password: string): Promise<SignedIn> {
    await this.usable(token);
    const passwordHash = await hashPassword(password);
    const used: Array<{ person_id: string }> = await this.dataSource.query(
      `WITH used AS (
         UPDATE invitations SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING person_id
       ), chosen AS (
         UPDATE people SET password_hash = $2 FROM used WHERE people.person_id = used.person_id AND people.active RETURNING people.person_id
       )
       SELECT person_id FROM chosen`,
      [hashOf(token), passwordHash],
    );
    if (!used[0]) await this.usable(token);
    if (!used[0]) throw unknown();
    return this.sessions.start(used[0].person_id);
  }

  private async usable(token: string): Promise<InvitationLookup> {
    const [invitation]: InvitationLookup[] = await this.dataSource.query(
      `SELECT i.person_id, p.display_name, p.role, i.expires_at, i.used_at
         FROM invitations i JOIN people p ON p.person_id = i.person_id
        WHERE i.token_hash = $1 AND p.active`,
      [hashOf(token)],
    );
    if (!invitation) throw unknown();
    if (invitation.used_at) throw new ConflictException({ code: 'invitation_used', message: 'This invitation has been used; sign in, or ask for a new one.' } satisfies ApiErrorBody);
    if (new Date(invitation.expires_at).getTime() <= Date.now()) {
      throw new GoneException({ code: 'invitation_expired', message: 'This invitation has expired; ask the person who invited you for a new one.' } satisfies ApiErrorBody);
    }
    return invitation;
  }
}

function unknown(): NotFoundException {
  return new NotFoundException({ code: 'invitation_unknown', message: 'No such invitation.' } satisfies ApiErrorBody);
}
