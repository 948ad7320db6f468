import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The data keys that encrypt the workflow histories: one per child's journey and per family,
 * stored only wrapped by the master key. A destroyed key (erasure) keeps its row without the key.
 */
export class DataKeys1766000000000 implements MigrationInterface {
  name = 'DataKeys1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE data_keys (
        key_id uuid PRIMARY KEY,
        owner text NOT NULL UNIQUE,
        wrapped_key bytea,
        master_key_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        destroyed_at timestamptz,
        CHECK ((wrapped_key IS NULL) = (destroyed_at IS NOT NULL))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE data_keys');
  }
}
