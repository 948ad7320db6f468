import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The auditor's two tables. `journey_history_archive` keeps each closed workflow run's full history,
 * so a journey can still be shown and replayed after Temporal's retention removed it;
 * `journey_read_log` records who read which journey. Both are evidence: append-only, like journey_events.
 */
export class JourneyAudit1764200000000 implements MigrationInterface {
  name = 'JourneyAudit1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE journey_history_archive (
        workflow_id text NOT NULL,
        run_id text NOT NULL,
        started_at timestamptz NOT NULL,
        history text NOT NULL,
        archived_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workflow_id, run_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE journey_read_log (
        id bigserial PRIMARY KEY,
        journey_id text NOT NULL,
        user_id text NOT NULL,
        role text NOT NULL,
        what text NOT NULL,
        read_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX journey_read_log_journey_idx ON journey_read_log (journey_id, read_at)`);
    await queryRunner.query(`CREATE INDEX journey_read_log_user_idx ON journey_read_log (user_id, read_at)`);
    await queryRunner.query(`
      CREATE FUNCTION refuse_audit_record_change() RETURNS trigger AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
      END;
      $$ LANGUAGE plpgsql`);
    for (const table of ['journey_history_archive', 'journey_read_log']) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION refuse_audit_record_change()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['journey_read_log', 'journey_history_archive']) {
      await queryRunner.query(`DROP TRIGGER ${table}_append_only ON ${table}`);
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION refuse_audit_record_change`);
  }
}
