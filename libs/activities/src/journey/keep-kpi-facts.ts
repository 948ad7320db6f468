import { DataSource } from 'typeorm';
import { KPI_EVENT_TYPES, kpiFactsOf } from '@venskab/domain/kpis';
import type { JourneyEvent } from '@venskab/domain/journey';
import type { ProjectedJourneyEvent } from '@venskab/contracts';

const KPI_TYPES: ReadonlySet<string> = new Set(KPI_EVENT_TYPES);
/** The facts are folded over every KPI event the journey has; later moments than this do not exist. */
const FAR_FUTURE = '9999-12-31T23:59:59.999Z';

/** Whether a projection brings an event the key figures count: only then are the journey's facts folded again. */
export function changesKpiFacts(events: readonly ProjectedJourneyEvent[]): boolean {
  return events.some((event) => KPI_TYPES.has(event.type));
}

/**
 * Folds the journey's KPI events into its facts with the domain's own fold and keeps them on its row,
 * with the number of events up to its last KPI event, unless a newer projection already kept facts
 * that reach further. That number depends only on the history, so a rebuilt row equals the live one.
 */
export async function keepKpiFacts(dataSource: DataSource, journeyId: string): Promise<void> {
  const rows: Array<{ sequence: number; type: string; occurred_at: Date; actor_id: string; actor_role: string; payload: Record<string, unknown> }> = await dataSource.query(
    `SELECT sequence, type, occurred_at, actor_id, actor_role, payload FROM journey_events
      WHERE journey_id = $1 AND type = ANY($2) ORDER BY sequence`,
    [journeyId, KPI_EVENT_TYPES],
  );
  if (rows.length === 0) return;
  const events = rows.map(
    (row) => ({ ...row.payload, type: row.type, at: row.occurred_at.toISOString(), actor: { userId: row.actor_id, role: row.actor_role } }) as JourneyEvent,
  );
  await dataSource.query(
    `UPDATE journeys SET kpi_facts = $2::jsonb, kpi_facts_event_count = $3
      WHERE journey_id = $1 AND coalesce(kpi_facts_event_count, -1) <= $3`,
    [journeyId, JSON.stringify(kpiFactsOf(journeyId, events, FAR_FUTURE)), rows[rows.length - 1].sequence + 1],
  );
}
