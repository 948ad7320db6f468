import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People and how they get in: each person has a name, a role and what they belong to (a unit, a
 * volunteer family, or the journeys of the children they hold custody of). Invitations and
 * sessions store only hashes or ids, never a usable secret. Notifications gain a recipient person,
 * delivery bookkeeping for the e-mail sender, and per-person read marks.
 */
export class People1764900000000 implements MigrationInterface {
  name = 'People1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE people (
        person_id text PRIMARY KEY,
        display_name text NOT NULL,
        role text NOT NULL,
        email text,
        username text UNIQUE,
        password_hash text,
        unit text,
        family_id text,
        journey_ids text[] NOT NULL DEFAULT '{}',
        active boolean NOT NULL DEFAULT true,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX people_email_idx ON people (lower(email)) WHERE email IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX people_family_idx ON people (family_id) WHERE family_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX people_role_idx ON people (role)`);
    await queryRunner.query(`CREATE INDEX people_journeys_idx ON people USING gin (journey_ids)`);
    await queryRunner.query(`
      CREATE TABLE invitations (
        invitation_id text PRIMARY KEY,
        person_id text NOT NULL REFERENCES people (person_id),
        token_hash text NOT NULL UNIQUE,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX invitations_person_idx ON invitations (person_id)`);
    await queryRunner.query(`
      CREATE TABLE sessions (
        session_id text PRIMARY KEY,
        person_id text NOT NULL REFERENCES people (person_id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX sessions_person_idx ON sessions (person_id)`);
    await queryRunner.query(`
      CREATE TABLE sign_in_attempts (
        id bigserial PRIMARY KEY,
        username text NOT NULL,
        succeeded boolean NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX sign_in_attempts_username_idx ON sign_in_attempts (username, attempted_at)`);
    await queryRunner.query(`ALTER TABLE notification_outbox ADD COLUMN recipient_person_id text`);
    await queryRunner.query(`ALTER TABLE notification_outbox ADD COLUMN attempts int NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE notification_outbox ADD COLUMN next_attempt_at timestamptz`);
    await queryRunner.query(`ALTER TABLE notification_outbox ADD COLUMN last_error text`);
    // Rows from before e-mail existed were shown, never sent; e-mailing them now would flood inboxes with old news.
    await queryRunner.query(`UPDATE notification_outbox SET sent_at = created_at, last_error = 'before_email_delivery' WHERE sent_at IS NULL`);
    await queryRunner.query(`CREATE INDEX notification_outbox_unsent_idx ON notification_outbox (next_attempt_at) WHERE sent_at IS NULL`);
    await queryRunner.query(`CREATE INDEX notification_outbox_person_idx ON notification_outbox (recipient_person_id, created_at)`);
    await queryRunner.query(`CREATE INDEX notification_outbox_role_idx ON notification_outbox (recipient_role, created_at)`);
    await queryRunner.query(`
      CREATE TABLE notification_reads (
        notification_id text NOT NULL,
        person_id text NOT NULL,
        read_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (notification_id, person_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notification_reads`);
    await queryRunner.query(`DROP INDEX notification_outbox_role_idx`);
    await queryRunner.query(`DROP INDEX notification_outbox_person_idx`);
    await queryRunner.query(`DROP INDEX notification_outbox_unsent_idx`);
    for (const column of ['last_error', 'next_attempt_at', 'attempts', 'recipient_person_id']) {
      await queryRunner.query(`ALTER TABLE notification_outbox DROP COLUMN ${column}`);
    }
    await queryRunner.query(`DROP TABLE sign_in_attempts`);
    await queryRunner.query(`DROP TABLE sessions`);
    await queryRunner.query(`DROP TABLE invitations`);
    await queryRunner.query(`DROP TABLE people`);
  }
}
