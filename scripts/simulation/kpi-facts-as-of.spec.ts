import { kpiFactsAsOf, kpiFactsOf } from '@venskab/domain/kpis';
import { simulateProgramme } from './programme';

const END = Date.parse('2026-01-01T00:00:00.000Z');
const DAY = 86_400_000;

describe('kpiFactsAsOf on simulated histories', () => {
  it('gives, from the facts as of the last event, what folding the events up to any earlier moment gives', () => {
    const journeys = [...simulateProgramme({ children: 150, years: 3, seed: 11, endMs: END })];
    let compared = 0;
    for (const { input, run } of journeys) {
      const latest = kpiFactsOf(input.journeyId, run.events, new Date(END).toISOString());
      // Every event's own moment (the edges) and moments between them.
      const moments = run.events.flatMap((event) => [Date.parse(event.at), Date.parse(event.at) + DAY / 2]);
      for (const moment of moments.filter((_, i) => i % 3 === 0)) {
        const asOf = new Date(moment).toISOString();
        expect(kpiFactsAsOf(latest, asOf)).toEqual(kpiFactsOf(input.journeyId, run.events, asOf));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(5_000);
  });
});
