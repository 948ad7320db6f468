import { MigrationInterface, QueryRunner } from 'typeorm';

export class JourneyReadModel1763800000000 implements MigrationInterface {
  name = 'JourneyReadModel1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE journeys (
        journey_id text PRIMARY KEY,
        stage text NOT NULL,
        programme text NOT NULL,
        caseworker_id text NOT NULL,
        caseworker_unit text NOT NULL,
        child_label text NOT NULL,
        child_age int NOT NULL,
        family_id text,
        referred_at timestamptz NOT NULL,
        stage_entered_at timestamptz NOT NULL,
        matched_at timestamptz,
        ended_at timestamptz,
        rematch_count int NOT NULL DEFAULT 0,
        cancelled_visits int NOT NULL DEFAULT 0,
        next_due_at timestamptz,
        overdue boolean NOT NULL DEFAULT false,
        event_count int NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX journeys_stage_idx ON journeys (stage)`);
    await queryRunner.query(`CREATE INDEX journeys_caseworker_idx ON journeys (caseworker_id)`);
    await queryRunner.query(`
      CREATE TABLE journey_events (
        journey_id text NOT NULL,
        sequence int NOT NULL,
        type text NOT NULL,
        occurred_at timestamptz NOT NULL,
        actor_id text NOT NULL,
        actor_role text NOT NULL,
        milestone boolean NOT NULL,
        payload jsonb NOT NULL,
        PRIMARY KEY (journey_id, sequence)
      )`);
    await queryRunner.query(`
      CREATE TABLE tasks (
        task_id text PRIMARY KEY,
        journey_id text NOT NULL,
        kind text NOT NULL,
        assignee_role text NOT NULL,
        due_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'done')),
        opened_at timestamptz NOT NULL,
        closed_at timestamptz,
        summary text NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX tasks_open_due_idx ON tasks (status, due_at)`);
    await queryRunner.query(`CREATE INDEX tasks_journey_idx ON tasks (journey_id)`);
    await queryRunner.query(`
      CREATE TABLE notification_outbox (
        notification_id text PRIMARY KEY,
        journey_id text NOT NULL,
        recipient_role text NOT NULL,
        kind text NOT NULL,
        summary text NOT NULL,
        created_at timestamptz NOT NULL,
        sent_at timestamptz
      )`);
    // Events are evidence: the database itself refuses to change or delete them.
    await queryRunner.query(`
      CREATE FUNCTION refuse_journey_event_change() RETURNS trigger AS $$
      BEGIN
        RAISE EXCEPTION 'journey_events is append-only';
      END;
      $$ LANGUAGE plpgsql`);
    await queryRunner.query(`
      CREATE TRIGGER journey_events_append_only BEFORE UPDATE OR DELETE ON journey_events
      FOR EACH ROW EXECUTE FUNCTION refuse_journey_event_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notification_outbox`);
    await queryRunner.query(`DROP TABLE tasks`);
    await queryRunner.query(`DROP TRIGGER journey_events_append_only ON journey_events`);
    await queryRunner.query(`DROP TABLE journey_events`);
    await queryRunner.query(`DROP FUNCTION refuse_journey_event_change`);
    await queryRunner.query(`DROP TABLE journeys`);
  }
}
