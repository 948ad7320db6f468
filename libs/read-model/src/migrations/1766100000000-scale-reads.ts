import { MigrationInterface, QueryRunner } from 'typeorm';
import { KPI_EVENT_TYPES, kpiFactsOf } from '@venskab/domain/kpis';
import type { JourneyEvent } from '@venskab/domain/journey';

/** Journeys whose key-figure facts are folded per round of the backfill. */
const BACKFILL_BATCH = 2000;
const FAR_FUTURE = '9999-12-31T23:59:59.999Z';

/**
 * Reads that stay fast at 100,000 journeys: an index for each filter and sort of the lists (the open
 * tasks' indexes leave done tasks out, so they never slow the inbox), trigram indexes for the free-text
 * search, and each journey's key-figure facts kept on its row by the projection (kpi_facts, with the
 * event count they were folded at), so the key figures no longer read every KPI event per request.
 * The facts of journeys projected before this migration are folded here once, by the domain's own fold.
 */
export class ScaleReads1766100000000 implements MigrationInterface {
  name = 'ScaleReads1766100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query('ALTER TABLE journeys ADD COLUMN kpi_facts jsonb, ADD COLUMN kpi_facts_event_count integer');
    for (const sql of [
      'CREATE INDEX journeys_referred_idx ON journeys (referred_at, journey_id)',
      'CREATE INDEX journeys_stage_entered_idx ON journeys (stage_entered_at, journey_id)',
      'CREATE INDEX journeys_next_due_idx ON journeys (next_due_at, journey_id)',
      'CREATE INDEX journeys_stage_referred_idx ON journeys (stage, referred_at, journey_id)',
      'CREATE INDEX journeys_stage_waiting_idx ON journeys (stage, stage_entered_at, journey_id)',
      'CREATE INDEX journeys_caseworker_referred_idx ON journeys (caseworker_id, referred_at, journey_id)',
      'CREATE INDEX journeys_family_idx ON journeys (family_id) WHERE family_id IS NOT NULL',
      'CREATE INDEX journeys_overdue_idx ON journeys (referred_at, journey_id) WHERE overdue',
      'CREATE INDEX journeys_child_label_trgm_idx ON journeys USING gin (child_label gin_trgm_ops)',
      'CREATE INDEX journeys_caseworker_unit_trgm_idx ON journeys USING gin (caseworker_unit gin_trgm_ops)',
      "CREATE INDEX tasks_open_inbox_idx ON tasks (assignee_role, due_at, task_id) WHERE status = 'open'",
      'CREATE INDEX tasks_inbox_idx ON tasks (assignee_role, due_at, task_id)',
      "CREATE INDEX tasks_open_journey_idx ON tasks (journey_id, kind) WHERE status = 'open'",
      'DROP INDEX journeys_stage_idx',
      'DROP INDEX journeys_caseworker_idx',
    ]) {
      await queryRunner.query(sql);
    }
    await this.foldKpiFacts(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of [
      'journeys_referred_idx',
      'journeys_stage_entered_idx',
      'journeys_next_due_idx',
      'journeys_stage_referred_idx',
      'journeys_stage_waiting_idx',
      'journeys_caseworker_referred_idx',
      'journeys_family_idx',
      'journeys_overdue_idx',
      'journeys_child_label_trgm_idx',
      'journeys_caseworker_unit_trgm_idx',
      'tasks_open_inbox_idx',
      'tasks_inbox_idx',
      'tasks_open_journey_idx',
    ]) {
      await queryRunner.query(`DROP INDEX ${index}`);
    }
    await queryRunner.query('CREATE INDEX journeys_stage_idx ON journeys (stage)');
    await queryRunner.query('CREATE INDEX journeys_caseworker_idx ON journeys (caseworker_id)');
    await queryRunner.query('ALTER TABLE journeys DROP COLUMN kpi_facts, DROP COLUMN kpi_facts_event_count');
  }

  /** Each journey with a KPI event gets its facts as of its last event, a batch of journeys at a time. */
  private async foldKpiFacts(queryRunner: QueryRunner): Promise<void> {
    let after = '';
    for (;;) {
      const journeys: Array<{ journey_id: string }> = await queryRunner.query(
        `SELECT journey_id FROM journeys WHERE journey_id > $1 ORDER BY journey_id LIMIT $2`,
        [after, BACKFILL_BATCH],
      );
      if (journeys.length === 0) return;
      after = journeys[journeys.length - 1].journey_id;
      const rows: Array<{ journey_id: string; sequence: number; type: string; occurred_at: Date; actor_id: string; actor_role: string; payload: Record<string, unknown> }> =
        await queryRunner.query(
          `SELECT journey_id, sequence, type, occurred_at, actor_id, actor_role, payload FROM journey_events
            WHERE journey_id = ANY($1) AND type = ANY($2) ORDER BY journey_id, sequence`,
          [journeys.map((journey) => journey.journey_id), KPI_EVENT_TYPES],
        );
      // Per journey: its KPI events and the number of events up to the last of them (as the projection keeps it).
      const byJourney = new Map<string, { events: JourneyEvent[]; count: number }>();
      for (const row of rows) {
        const event = { ...row.payload, type: row.type, at: row.occurred_at.toISOString(), actor: { userId: row.actor_id, role: row.actor_role } } as JourneyEvent;
        const journey = byJourney.get(row.journey_id) ?? { events: [], count: 0 };
        byJourney.set(row.journey_id, { events: [...journey.events, event], count: row.sequence + 1 });
      }
      const folded = [...byJourney].map(([id, journey]) => ({ id, count: journey.count, facts: kpiFactsOf(id, journey.events, FAR_FUTURE) }));
      if (folded.length === 0) continue;
      await queryRunner.query(
        `UPDATE journeys j SET kpi_facts = f.facts, kpi_facts_event_count = f.count
           FROM jsonb_to_recordset($1::jsonb) AS f(id text, count int, facts jsonb) WHERE j.journey_id = f.id`,
        [JSON.stringify(folded)],
      );
    }
  }
}
