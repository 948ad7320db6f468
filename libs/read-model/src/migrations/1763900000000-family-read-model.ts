import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The families' read model. Family reminders and notifications share the `tasks` and
 * `notification_outbox` tables with the journeys, so one inbox lists everything a coordinator must
 * do: each row belongs to exactly one journey or one family (`journey_id` or `family_id`).
 */
export class FamilyReadModel1763900000000 implements MigrationInterface {
  name = 'FamilyReadModel1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE families (
        family_id text PRIMARY KEY,
        display_name text NOT NULL,
        stage text NOT NULL,
        home_district text,
        capacity int NOT NULL,
        free_capacity int NOT NULL,
        linked_journey_ids text[] NOT NULL,
        applied_at timestamptz NOT NULL,
        approved_at timestamptz,
        waiting_since timestamptz,
        flagged_long_wait boolean NOT NULL,
        candidate jsonb NOT NULL,
        event_count int NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX families_stage_idx ON families (stage)`);
    await queryRunner.query(`CREATE INDEX families_waiting_idx ON families (waiting_since) WHERE waiting_since IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE family_events (
        family_id text NOT NULL,
        sequence int NOT NULL,
        type text NOT NULL,
        occurred_at timestamptz NOT NULL,
        actor_id text NOT NULL,
        actor_role text NOT NULL,
        payload jsonb NOT NULL,
        PRIMARY KEY (family_id, sequence)
      )`);
    // Events are evidence: the database itself refuses to change or delete them.
    await queryRunner.query(`
      CREATE FUNCTION refuse_family_event_change() RETURNS trigger AS $$
      BEGIN
        RAISE EXCEPTION 'family_events is append-only';
      END;
      $$ LANGUAGE plpgsql`);
    await queryRunner.query(`
      CREATE TRIGGER family_events_append_only BEFORE UPDATE OR DELETE ON family_events
      FOR EACH ROW EXECUTE FUNCTION refuse_family_event_change()`);
    for (const table of ['tasks', 'notification_outbox']) {
      await queryRunner.query(`ALTER TABLE ${table} ADD COLUMN family_id text`);
      await queryRunner.query(`ALTER TABLE ${table} ALTER COLUMN journey_id DROP NOT NULL`);
      await queryRunner.query(
        `ALTER TABLE ${table} ADD CONSTRAINT ${table}_owner_check CHECK (num_nonnulls(journey_id, family_id) = 1)`,
      );
    }
    await queryRunner.query(`CREATE INDEX tasks_family_idx ON tasks (family_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX tasks_family_idx`);
    for (const table of ['notification_outbox', 'tasks']) {
      await queryRunner.query(`DELETE FROM ${table} WHERE family_id IS NOT NULL`);
      await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_owner_check`);
      await queryRunner.query(`ALTER TABLE ${table} ALTER COLUMN journey_id SET NOT NULL`);
      await queryRunner.query(`ALTER TABLE ${table} DROP COLUMN family_id`);
    }
    await queryRunner.query(`DROP TRIGGER family_events_append_only ON family_events`);
    await queryRunner.query(`DROP TABLE family_events`);
    await queryRunner.query(`DROP FUNCTION refuse_family_event_change`);
    await queryRunner.query(`DROP TABLE families`);
  }
}
