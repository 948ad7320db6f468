import { JourneyKpiFacts, Wait } from '../kpis/kpi-facts';
import { addDays } from '../shared/time';
import { STARTING_RATES, waitingSituation } from './waiting-situation';

const DAY = 86_400_000;
const CLOCK = { dayLengthMs: DAY, yearDays: 365 };
const AS_OF = '2027-06-30T12:00:00.000Z';
const daysAgo = (days: number) => addDays(AS_OF, -days, DAY);

function journey(waits: Wait[], matches: JourneyKpiFacts['matches'] = []): JourneyKpiFacts {
  return { journeyId: `journey-${waits[0]?.since ?? "none"}`, waits, matches, reviews: [], bridgeBuilding: null };
}
const wait = (since: number, matched: number | null = null, abandoned: number | null = null): Wait => ({
  since: daysAgo(since),
  matchedAt: matched === null ? null : daysAgo(matched),
  abandonedAt: abandoned === null ? null : daysAgo(abandoned),
});

describe('waitingSituation', () => {
  it('uses the starting rates while the programme has less than 90 days of history', () => {
    const { situation, rates } = waitingSituation([journey([wait(30)])], [{ approvedAt: daysAgo(40), capacity: 1, freePlaces: 1 }], AS_OF, CLOCK);
    expect(rates).toBe('starting_rates');
    expect(situation).toEqual({ waitingDays: [30], freePlaces: 1, ...STARTING_RATES });
  });

  it("takes the programme's own rates over the last year", () => {
    const journeys = [
      journey([wait(700, 680)], [{ matchedAt: daysAgo(680), startedAt: daysAgo(670), reviewedAt: null, endedAt: daysAgo(100) }]),
      journey([wait(300, 290)]),
      journey([wait(200, 170)]),
      journey([wait(100, null, 50)]),
      journey([wait(20)]),
    ];
    const families = [
      { approvedAt: daysAgo(30), capacity: 2, freePlaces: 1 },
      { approvedAt: daysAgo(800), capacity: 1, freePlaces: 0 },
    ];
    const { situation, rates } = waitingSituation(journeys, families, AS_OF, CLOCK);
    expect(rates).toBe('programme');
    expect(situation.waitingDays).toEqual([20]);
    expect(situation.freePlaces).toBe(1);
    // Four waits began in the last 365 days; two places were approved and one freed by a course that ended.
    expect(situation.readyPerDay).toBeCloseTo(4 / 365);
    expect(situation.placesOpeningPerDay).toBeCloseTo(3 / 365);
    // One wait of 4 ended without a family, over 10 + 30 + 50 + 20 = 110 days waited in the year.
    expect(situation.leavingPerWaitingChildPerDay).toBeCloseTo(1 / 110);
    expect(situation.matchingDaysMin).toBe(10);
  });

  it('counts no wait that begins after the moment asked about', () => {
    const { situation } = waitingSituation([journey([wait(400, 390)]), journey([wait(-5)])], [], AS_OF, CLOCK);
    expect(situation.waitingDays).toEqual([]);
    expect(situation.readyPerDay).toBe(0);
  });
});
