import { isJourneyFinished, JOURNEY_STAGES, replayJourney } from '@venskab/domain/journey';
import { kpiFactsOf, programmeKpis } from '@venskab/domain/kpis';
import type { SimulatedJourney } from './child-journey';
import { simulateProgramme } from './programme';
import { SIMULATION_RATES as R } from './rates';

const END = Date.parse('2026-01-01T00:00:00.000Z');
const run = (children: number, years: number, seed: number): SimulatedJourney[] => [...simulateProgramme({ children, years, seed, endMs: END })];
const share = (part: number, whole: number): number => part / whole;

describe('the programme simulator', () => {
  it('gives the same programme for the same seed, and another for another seed', () => {
    const histories = (journeys: SimulatedJourney[]) => JSON.stringify(journeys.map(({ input, run: r }) => [input, r.events]));
    expect(histories(run(60, 3, 7))).toBe(histories(run(60, 3, 7)));
    expect(histories(run(60, 3, 8))).not.toBe(histories(run(60, 3, 7)));
  });

  describe('on a large programme', () => {
    const journeys = run(1500, 6, 3);
    const events = journeys.flatMap(({ run: r }) => r.events);
    const ofType = (type: string) => events.filter((event) => event.type === type);

    it('has every command accepted by the domain, and ends each journey in a state its own history replays to', () => {
      expect(journeys.flatMap(({ run: r }) => r.refusals)).toEqual([]);
      for (const { input, run: r } of journeys) {
        expect(JOURNEY_STAGES).toContain(r.state.stage);
        expect(replayJourney(input.journeyId, input.policy, r.events)).toEqual(r.state);
        expect(r.events.every((event, i) => i === 0 || Date.parse(event.at) >= Date.parse(r.events[i - 1].at))).toBe(true);
        expect(r.events.every((event) => Date.parse(event.at) <= END)).toBe(true);
      }
    });

    it('leaves the journeys referred long ago finished, and some recent ones open', () => {
      const old = journeys.filter(({ run: r }) => Date.parse(r.events[0].at) < END - 3 * 365 * 86_400_000);
      expect(old.length).toBeGreaterThan(500);
      expect(old.filter(({ run: r }) => !isJourneyFinished(r.state)).length).toBeLessThan(old.length * 0.01);
      expect(journeys.filter(({ run: r }) => !isJourneyFinished(r.state)).length).toBeGreaterThan(100);
    });

    it('reproduces the rates it was given', () => {
      const referred = ofType('ChildReferred').length;
      expect(share(ofType('ConsentGiven').length, referred)).toBeCloseTo(R.consentGiven.value, 1);
      const reviews = ofType('OneYearReviewHeld') as Array<{ wishesToContinue: { child: boolean; parents: boolean; family: boolean } }>;
      const everyone = reviews.filter(({ wishesToContinue: w }) => w.child && w.parents && w.family).length;
      expect(Math.abs(share(everyone, reviews.length) - R.wishToContinue.value)).toBeLessThan(0.03);

      const asOf = new Date(END).toISOString();
      const facts = journeys.map(({ input, run: r }) => kpiFactsOf(input.journeyId, r.events, asOf));
      const report = programmeKpis(facts, [], { from: null, to: asOf }, { dayLengthMs: 86_400_000, yearDays: 365 });
      const percent = (key: string) => (report.kpis.find((kpi) => kpi.key === key)?.percent ?? 0) / 100;
      // Each course lasts a year at the given rate; a family-side closure leads to another course, so the share per match is a little lower.
      expect(percent('matchesLastingAYear')).toBeGreaterThan(R.lastsAYear.value - 0.06);
      expect(percent('matchesLastingAYear')).toBeLessThan(R.lastsAYear.value + 0.03);
      expect(Math.abs(percent('movedOnToOrganisedLeisure') - R.movedOnToOrganisedLeisure.value)).toBeLessThan(0.05);
      expect(Math.abs(percent('higherWellbeingAtReview') - R.wellbeingRose.value)).toBeLessThan(0.05);
    });
  });
});
