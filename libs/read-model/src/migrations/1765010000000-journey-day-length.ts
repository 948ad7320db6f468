import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each journey's own programme day length (its policy's, fixed when it started), so waiting lists
 * count a journey's days as its timers do. Null until the journey's next projection writes it.
 */
export class JourneyDayLength1765010000000 implements MigrationInterface {
  name = 'JourneyDayLength1765010000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE journeys ADD COLUMN day_length_ms bigint`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE journeys DROP COLUMN day_length_ms`);
  }
}
