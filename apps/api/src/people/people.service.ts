import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { managedRoles, mayCreatePerson, requiredLink } from '@venskab/domain/people';
import type { ApiErrorBody } from '@venskab/domain/shared';
import { canSeeJourney } from '../identity/access-policy';
import type { Identity } from '../identity/identity';
import { Sessions } from '../identity/sessions';
import type { CreatePersonDto } from './dto/create-person.dto';
import type { ListPeopleQuery } from './dto/list-people.query';
import { InvitationMailer } from './invitation-mail';
import { Invitations } from './invitations';

export interface PersonInvited {
  personId: string;
  invitationUrl: string | null;
  expiresAt: string | null;
  emailed: boolean;
}

interface PersonListRow {
  person_id: string;
  display_name: string;
  role: string;
  email: string | null;
  unit: string | null;
  family_id: string | null;
  journey_ids: string[];
  active: boolean;
  has_password: boolean;
  invitation_expires_at: Date | null;
}

const notFound = (personId: string) => new NotFoundException({ code: 'person_not_found', message: `No person ${personId}.` } satisfies ApiErrorBody);
const invalid = (message: string) => new BadRequestException({ code: 'validation_failed', message: [message] } satisfies ApiErrorBody);

/**
 * A person a manager may see: of a role they manage and, for a caseworker, a parent of a child
 * they referred. SQL over people `p`; $1 the roles, $2 the manager.
 */
const MANAGED = `p.role = ANY($1) AND ($2::text IS NULL OR EXISTS (
  SELECT 1 FROM journeys j WHERE j.journey_id = ANY(p.journey_ids) AND j.caseworker_id = $2))`;

/** Invites people and looks after their accounts, each manager within the roles the domain gives them. */
@Injectable()
export class PeopleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly invitations: Invitations,
    private readonly mailer: InvitationMailer,
    private readonly sessions: Sessions,
  ) {}

  /** Answers whether the person is new (201) or a known parent who got another child's journey (200). */
  async create(manager: Identity, dto: CreatePersonDto): Promise<{ created: boolean; answer: PersonInvited }> {
    if (!mayCreatePerson(manager.role, dto.role)) {
      throw new ForbiddenException({ code: 'forbidden', message: `A ${manager.role} may not create a ${dto.role}.` } satisfies ApiErrorBody);
    }
    const link = requiredLink(dto.role);
    if (link && !dto[link]) throw invalid(`${link} is required for a ${dto.role}`);
    for (const field of ['familyId', 'journeyId'] as const) {
      if (field !== link && dto[field]) throw invalid(`${field} is only for a ${field === 'familyId' ? 'volunteer_family' : 'parent'}`);
    }
    if (dto.familyId) await this.assertFamilyExists(dto.familyId);
    if (dto.journeyId) await this.assertJourneyVisible(manager, dto.journeyId);
    if (dto.role === 'parent' && dto.email) {
      const known = await this.addJourneyToParent(dto.email, dto.journeyId!);
      if (known) return { created: false, answer: await this.inviteUnlessSignedUp(known, manager.userId) };
    }
    const personId = randomUUID();
    try {
      await this.dataSource.query(
        `INSERT INTO people (person_id, display_name, role, email, username, unit, family_id, journey_ids, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [personId, dto.displayName.trim(), dto.role, dto.email ?? null, dto.username ?? null, dto.unit ?? null, dto.familyId ?? null, dto.journeyId ? [dto.journeyId] : [], manager.userId],
      );
    } catch (error) {
      if ((error as { code?: string }).code === '23505') {
        throw new ConflictException({ code: 'person_exists', message: 'Someone already has this e-mail or user name.' } satisfies ApiErrorBody);
      }
      throw error;
    }
    return { created: true, answer: await this.invite(personId, manager.userId) };
  }

  async list(manager: Identity, query: ListPeopleQuery) {
    const roles = managedRoles(manager.role).filter((role) => !query.role || role === query.role);
    const rows: PersonListRow[] = await this.dataSource.query(
      `SELECT p.person_id, p.display_name, p.role, p.email, p.unit, p.family_id, p.journey_ids, p.active,
              p.password_hash IS NOT NULL AS has_password,
              (SELECT max(i.expires_at) FROM invitations i WHERE i.person_id = p.person_id AND i.used_at IS NULL AND i.expires_at > now()) AS invitation_expires_at
         FROM people p
        WHERE ${MANAGED} AND ($3::text IS NULL OR p.family_id = $3) AND ($4::text IS NULL OR $4 = ANY(p.journey_ids))
        ORDER BY p.display_name, p.person_id`,
      [roles, this.caseworkerOf(manager), query.familyId ?? null, query.journeyId ?? null],
    );
    return {
      items: rows.map((row) => ({
        personId: row.person_id,
        displayName: row.display_name,
        role: row.role,
        email: row.email,
        unit: row.unit,
        familyId: row.family_id,
        journeyIds: row.journey_ids,
        active: row.active,
        hasPassword: row.has_password,
        invitationPending: row.invitation_expires_at !== null,
        invitationExpiresAt: row.invitation_expires_at ? new Date(row.invitation_expires_at).toISOString() : null,
      })),
    };
  }

  async reinvite(manager: Identity, personId: string): Promise<PersonInvited> {
    await this.managed(manager, personId);
    return this.invite(personId, manager.userId);
  }

  async revokeSessions(manager: Identity, personId: string): Promise<void> {
    await this.managed(manager, personId);
    await this.sessions.revokeAll(personId);
  }

  async deactivate(manager: Identity, personId: string): Promise<void> {
    await this.managed(manager, personId);
    await this.dataSource.query('UPDATE people SET active = false WHERE person_id = $1', [personId]);
    await this.sessions.revokeAll(personId);
    await this.invitations.expireOpen(personId);
  }

  private async invite(personId: string, createdBy: string): Promise<PersonInvited> {
    const [person]: Array<{ display_name: string; email: string | null }> = await this.dataSource.query(
      'SELECT display_name, email FROM people WHERE person_id = $1 AND active',
      [personId],
    );
    if (!person) throw notFound(personId);
    const { invitationUrl, expiresAt } = await this.invitations.issue(personId, createdBy);
    const emailed = await this.mailer.send(person.email, person.display_name, invitationUrl, expiresAt);
    return { personId, invitationUrl, expiresAt: expiresAt.toISOString(), emailed };
  }

  /** A parent who already has an account keeps it; one still without a password gets a fresh link. */
  private async inviteUnlessSignedUp(known: { personId: string; hasPassword: boolean }, createdBy: string): Promise<PersonInvited> {
    if (known.hasPassword) return { personId: known.personId, invitationUrl: null, expiresAt: null, emailed: false };
    return this.invite(known.personId, createdBy);
  }

  /** Adds the journey to the parent with this e-mail; null if no parent has it (someone else with it is a conflict on insert). */
  private async addJourneyToParent(email: string, journeyId: string): Promise<{ personId: string; hasPassword: boolean } | null> {
    const [row]: Array<{ person_id: string; has_password: boolean }> = await this.dataSource.query(
      `WITH added AS (
         UPDATE people SET journey_ids = CASE WHEN $2 = ANY(journey_ids) THEN journey_ids ELSE array_append(journey_ids, $2) END
          WHERE lower(email) = lower($1) AND role = 'parent' AND active
          RETURNING person_id, password_hash IS NOT NULL AS has_password
       )
       SELECT person_id, has_password FROM added`,
      [email, journeyId],
    );
    return row ? { personId: row.person_id, hasPassword: row.has_password } : null;
  }

  private async managed(manager: Identity, personId: string): Promise<void> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM people p WHERE p.person_id = $3 AND ${MANAGED}`, [
      managedRoles(manager.role),
      this.caseworkerOf(manager),
      personId,
    ]);
    if (rows.length === 0) throw notFound(personId);
  }

  private caseworkerOf(manager: Identity): string | null {
    return manager.role === 'caseworker' ? manager.userId : null;
  }

  private async assertFamilyExists(familyId: string): Promise<void> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM families WHERE family_id = $1', [familyId]);
    if (rows.length === 0) throw new NotFoundException({ code: 'family_not_found', message: `No family ${familyId}.` } satisfies ApiErrorBody);
  }

  private async assertJourneyVisible(manager: Identity, journeyId: string): Promise<void> {
    const [row]: Array<{ caseworker_id: string; family_id: string | null }> = await this.dataSource.query(
      'SELECT caseworker_id, family_id FROM journeys WHERE journey_id = $1',
      [journeyId],
    );
    if (!row || !canSeeJourney(manager, { journeyId, caseworkerId: row.caseworker_id, familyId: row.family_id })) {
      throw new NotFoundException({ code: 'journey_not_found', message: `No journey ${journeyId}.` } satisfies ApiErrorBody);
    }
  }
}
