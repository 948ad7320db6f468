import { DataSource } from 'typeorm';
import { projectJourney } from '@venskab/activities/journey/project-journey';
import { toJourneyProjection } from '@venskab/workflows/journey/journey-projection-mapping';
import { iso } from './journey-run';
import type { SimulatedJourney } from './child-journey';

/**
 * Writes simulated journeys into a read model through the workflow's own projection mapping and
 * the projectJourney activity (as the read-model rebuild does), so the rows are the rows the
 * product writes: one projection per journey, as of the simulation's end, `concurrency` at a time.
 */
export async function writeJourneys(dataSource: DataSource, journeys: Iterable<SimulatedJourney>, concurrency: number, onWritten: (count: number) => void): Promise<void> {
  const iterator = journeys[Symbol.iterator]();
  let written = 0;
  const worker = async (): Promise<void> => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      const { input, run } = next.value;
      if (run.events.length === 0) continue;
      await projectJourney(dataSource, toJourneyProjection(input, run.state, run.events, 0, iso(run.endMs)));
      onWritten(++written);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
