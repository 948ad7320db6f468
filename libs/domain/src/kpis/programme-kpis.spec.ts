import { day } from '../journey/journey.fixture';
import { FamilyCapacityFacts } from './family-capacity';
import { JourneyKpiFacts, MatchCourse, ReviewFacts } from './kpi-facts';
import { KpiClock } from './kpi-outcomes';
import { KPI_KEYS } from './kpi-targets';
import { Kpi, programmeKpis } from './programme-kpis';
import { median } from './waiting-times';

const clock: KpiClock = { dayLengthMs: 86_400_000, yearDays: 365 };
const whole = { from: null, to: day(800) };

const journey = (journeyId: string, facts: Partial<JourneyKpiFacts> = {}): JourneyKpiFacts => ({
  journeyId,
  waits: [],
  matches: [],
  reviews: [],
  bridgeBuilding: null,
  ...facts,
});
const course = (startDay: number | null, facts: Partial<MatchCourse> = {}): MatchCourse => ({
  matchedAt: day((startDay ?? 10) - 3),
  startedAt: startDay === null ? null : day(startDay),
  reviewedAt: null,
  endedAt: null,
  ...facts,
});
const review = (heldDay: number, before: number[], after: number[], wishes = { child: true, parents: true, family: true }): ReviewFacts => {
  const measurement = (values: number[]) => ({
    psychological: values[0],
    relational: values[1],
    socialCompetences: values[2],
    coping: values[3],
    selfPerception: values[4],
    school: values[5],
  });
  return { heldAt: day(heldDay), baseline: measurement(before), after: measurement(after), wishesToContinue: wishes };
};
const kpi = (kpis: Kpi[], key: Kpi['key']) => kpis.find((figure) => figure.key === key)!;

describe('programmeKpis', () => {
  it('lists every criterion of the application in order, with its target', () => {
    const report = programmeKpis([], [], whole, clock);
    expect(report.kpis.map((figure) => figure.key)).toEqual([...KPI_KEYS]);
    expect(report.kpis.map((figure) => [figure.key, figure.target.atLeast, figure.target.unit])).toEqual([
      ['matchesLastingAYear', 80, 'percent'],
      ['higherWellbeingAtReview', 75, 'percent'],
      ['parentsReportPositiveEffects', 50, 'percent'],
      ['movedOnToOrganisedLeisure', 50, 'percent'],
      ['familiesFeelSupported', 85, 'percent'],
      ['caseworkersJudgeGoodSupplement', 75, 'percent'],
      ['childrenMatched', 60, 'children'],
    ]);
  });

  it('says "not recorded" for what the journey does not record, with no number, whatever the data', () => {
    const busy = journey('j', { matches: [course(10, { reviewedAt: day(375) })], reviews: [review(375, [2, 2, 2, 2, 2, 2], [3, 3, 3, 3, 3, 3])] });
    for (const key of ['parentsReportPositiveEffects', 'familiesFeelSupported', 'caseworkersJudgeGoodSupplement'] as const) {
      expect(kpi(programmeKpis([busy], [], whole, clock).kpis, key)).toEqual({
        key,
        target: expect.any(Object),
        status: 'not_recorded',
        numerator: null,
        denominator: null,
        percent: null,
      });
    }
  });

  it('has no data (rather than 0 %) for a share with nobody to count', () => {
    const { kpis } = programmeKpis([], [], whole, clock);
    for (const key of ['matchesLastingAYear', 'higherWellbeingAtReview', 'movedOnToOrganisedLeisure'] as const) {
      expect(kpi(kpis, key)).toMatchObject({ status: 'no_data', numerator: 0, denominator: 0, percent: null });
    }
    expect(kpi(kpis, 'childrenMatched')).toMatchObject({ status: 'not_met', numerator: 0, denominator: null });
  });

  describe('matches lasting a year', () => {
    const at = (to: number, ...matches: MatchCourse[]) =>
      kpi(programmeKpis([journey('j', { matches })], [], { from: null, to: day(to) }, clock).kpis, 'matchesLastingAYear');

    it('counts a running match once it is a year old, and not before', () => {
      expect(at(374, course(10))).toMatchObject({ numerator: 0, denominator: 0, status: 'no_data' });
      expect(at(375, course(10))).toMatchObject({ numerator: 1, denominator: 1, percent: 100, status: 'met' });
    });

    it('counts a match ended before its year as not lasting, as soon as it ends', () => {
      expect(at(100, course(10, { endedAt: day(40) }))).toMatchObject({ numerator: 0, denominator: 1, percent: 0, status: 'not_met' });
    });

    it('counts a match as lasting from its one-year review, held up to two weeks early, even if it ends right after', () => {
      const reviewedEarly = course(10, { reviewedAt: day(362), endedAt: day(364) });
      expect(at(364, reviewedEarly)).toMatchObject({ numerator: 1, denominator: 1 });
    });

    it('counts a match ending exactly a year after its meeting as lasting', () => {
      expect(at(500, course(10, { endedAt: day(375) }))).toMatchObject({ numerator: 1, denominator: 1 });
    });

    it('leaves out matches that never had a friendship meeting', () => {
      expect(at(800, course(null))).toMatchObject({ numerator: 0, denominator: 0 });
    });

    it('judges the target on the exact share: 4 of 5 meets 80 %, 3 of 4 does not', () => {
      const lasted = course(10, { reviewedAt: day(375) });
      const ended = course(10, { endedAt: day(50) });
      expect(at(800, lasted, lasted, lasted, lasted, ended)).toMatchObject({ numerator: 4, denominator: 5, percent: 80, status: 'met' });
      expect(at(800, lasted, lasted, lasted, ended)).toMatchObject({ numerator: 3, denominator: 4, percent: 75, status: 'not_met' });
    });

    it('counts in a period only the matches whose outcome became known in it', () => {
      const matches = [course(10, { endedAt: day(50) }), course(10), course(300)];
      const report = programmeKpis([journey('j', { matches })], [], { from: day(100), to: day(400) }, clock);
      // The first ended before the period; the second turned a year old in it; the third is younger than a year.
      expect(kpi(report.kpis, 'matchesLastingAYear')).toMatchObject({ numerator: 1, denominator: 1 });
    });
  });

  describe('higher wellbeing at the one-year review', () => {
    const figure = (...reviews: ReviewFacts[]) => kpi(programmeKpis([journey('j', { reviews })], [], whole, clock).kpis, 'higherWellbeingAtReview');

    it('is higher when the mean over the six dimensions rose from the baseline', () => {
      expect(figure(review(375, [2, 2, 2, 2, 2, 2], [2, 2, 2, 2, 2, 3]))).toMatchObject({ numerator: 1, denominator: 1, status: 'met' });
    });

    it('is not higher when the mean stayed the same, even if single dimensions moved', () => {
      expect(figure(review(375, [2, 2, 2, 2, 2, 2], [1, 3, 2, 2, 2, 2]))).toMatchObject({ numerator: 0, denominator: 1, status: 'not_met' });
    });

    it('is not higher when the mean fell', () => {
      expect(figure(review(375, [3, 3, 3, 3, 3, 3], [2, 3, 3, 3, 3, 3]))).toMatchObject({ numerator: 0, denominator: 1 });
    });

    it('rounds the percent to one decimal: 2 of 3 is 66.7 %, below the 75 % target', () => {
      const rose = review(375, [2, 2, 2, 2, 2, 2], [3, 3, 3, 3, 3, 3]);
      const same = review(375, [2, 2, 2, 2, 2, 2], [2, 2, 2, 2, 2, 2]);
      expect(figure(rose, rose, same)).toMatchObject({ numerator: 2, denominator: 3, percent: 66.7, status: 'not_met' });
    });

    it('leaves out a review without a baseline to compare with, and reviews outside the period', () => {
      const unmeasured: ReviewFacts = { ...review(375, [2, 2, 2, 2, 2, 2], [3, 3, 3, 3, 3, 3]), baseline: null };
      expect(figure(unmeasured)).toMatchObject({ numerator: 0, denominator: 0, status: 'no_data' });
      const report = programmeKpis([journey('j', { reviews: [review(375, [2, 2, 2, 2, 2, 2], [3, 3, 3, 3, 3, 3])] })], [], { from: day(400), to: day(800) }, clock);
      expect(kpi(report.kpis, 'higherWellbeingAtReview')).toMatchObject({ denominator: 0 });
    });

    it('reports the wishes to continue recorded at the same reviews as context', () => {
      const report = programmeKpis(
        [
          journey('a', { reviews: [review(375, [2, 2, 2, 2, 2, 2], [3, 3, 3, 3, 3, 3])] }),
          journey('b', { reviews: [review(375, [2, 2, 2, 2, 2, 2], [3, 3, 3, 3, 3, 3], { child: false, parents: true, family: true })] }),
          journey('c', { reviews: [review(375, [2, 2, 2, 2, 2, 2], [3, 3, 3, 3, 3, 3], { child: true, parents: false, family: true })] }),
        ],
        [],
        whole,
        clock,
      );
      expect(report.reviewWishes).toEqual({ reviews: 3, parentsWishToContinue: 2, allWishToContinue: 1 });
    });
  });

  describe('moved on to organised leisure', () => {
    it('counts the bridge-building outcomes recorded in the period', () => {
      const journeys = [
        journey('a', { bridgeBuilding: { recordedAt: day(400), movedOnToOrganisedLeisure: true } }),
        journey('b', { bridgeBuilding: { recordedAt: day(410), movedOnToOrganisedLeisure: false } }),
        journey('c', { bridgeBuilding: { recordedAt: day(50), movedOnToOrganisedLeisure: false } }),
        journey('d'),
      ];
      expect(kpi(programmeKpis(journeys, [], whole, clock).kpis, 'movedOnToOrganisedLeisure')).toMatchObject({ numerator: 1, denominator: 3, percent: 33.3, status: 'not_met' });
      expect(kpi(programmeKpis(journeys, [], { from: day(100), to: day(800) }, clock).kpis, 'movedOnToOrganisedLeisure')).toMatchObject({ numerator: 1, denominator: 2, percent: 50, status: 'met' });
    });
  });

  describe('children matched', () => {
    it('counts each child once, in the period of its first match, and every match per calendar year', () => {
      const journeys = [
        journey('a', { matches: [{ ...course(10), matchedAt: '2025-03-01T10:00:00.000Z' }, { ...course(null), matchedAt: '2026-02-01T10:00:00.000Z' }] }),
        journey('b', { matches: [{ ...course(10), matchedAt: '2025-12-31T23:30:00.000Z' }] }),
        journey('c'),
      ];
      const report = programmeKpis(journeys, [], { from: null, to: '2026-06-01T00:00:00.000Z' }, clock);
      expect(kpi(report.kpis, 'childrenMatched')).toMatchObject({ numerator: 2, denominator: null, percent: null, status: 'not_met' });
      // 23:30 UTC on New Year's Eve is already 2026 in Copenhagen.
      expect(report.matchedByYear).toEqual([
        { year: 2025, children: 1, matches: 1 },
        { year: 2026, children: 1, matches: 2 },
      ]);
      // From New Year in Copenhagen: b's first match counts, a's (2025) does not, nor a's rematch as a child.
      const in2026 = programmeKpis(journeys, [], { from: '2025-12-31T23:00:00.000Z', to: '2026-06-01T00:00:00.000Z' }, clock);
      expect(kpi(in2026.kpis, 'childrenMatched').numerator).toBe(1);
    });

    it('meets the target at 60 children', () => {
      const journeys = Array.from({ length: 60 }, (_, i) => journey(`j-${i}`, { matches: [course(10)] }));
      expect(kpi(programmeKpis(journeys, [], whole, clock).kpis, 'childrenMatched')).toMatchObject({ numerator: 60, status: 'met' });
      expect(kpi(programmeKpis(journeys.slice(1), [], whole, clock).kpis, 'childrenMatched')).toMatchObject({ numerator: 59, status: 'not_met' });
    });
  });

  describe('waiting times', () => {
    it('gives the median and longest wait, in whole days, of the children waiting at the end of the period', () => {
      const journeys = [
        journey('a', { waits: [{ since: day(90), matchedAt: null, abandonedAt: null }] }),
        journey('b', { waits: [{ since: day(70.5), matchedAt: null, abandonedAt: null }] }),
        journey('c', { waits: [{ since: day(40), matchedAt: null, abandonedAt: null }] }),
        journey('d', { waits: [{ since: day(10), matchedAt: null, abandonedAt: day(20) }] }),
        journey('e', { waits: [{ since: day(10), matchedAt: day(30), abandonedAt: null }] }),
      ];
      expect(programmeKpis(journeys, [], { from: null, to: day(100) }, clock).waitingTimes.waitingNow).toEqual({ children: 3, medianDays: 29, longestDays: 60 });
    });

    it('gives the waits that ended with a match in the period, from readiness to the match', () => {
      const journeys = [
        journey('a', { waits: [{ since: day(0), matchedAt: day(10), abandonedAt: null }, { since: day(50), matchedAt: day(80), abandonedAt: null }] }),
        journey('b', { waits: [{ since: day(5), matchedAt: day(25), abandonedAt: null }] }),
        journey('c', { waits: [{ since: day(60), matchedAt: day(200), abandonedAt: null }] }),
      ];
      expect(programmeKpis(journeys, [], { from: day(20), to: day(100) }, clock).waitingTimes.matchedInPeriod).toEqual({ children: 2, medianDays: 25, longestDays: 30 });
    });

    it('has no median or longest when nobody waits', () => {
      expect(programmeKpis([], [], whole, clock).waitingTimes).toEqual({
        waitingNow: { children: 0, medianDays: null, longestDays: null },
        matchedInPeriod: { children: 0, medianDays: null, longestDays: null },
      });
    });

    it('takes the median of an even count as the mean of the middle two', () => {
      expect(median([4, 1, 3, 2])).toBe(2.5);
      expect(median([7])).toBe(7);
      expect(median([])).toBeNull();
    });
  });

  describe('family capacity', () => {
    it('counts approved families (paused ones too) and the places of those that can take a child', () => {
      const families: FamilyCapacityFacts[] = [
        { stage: 'approved', capacity: 2, freeCapacity: 2 },
        { stage: 'matched', capacity: 2, freeCapacity: 1 },
        { stage: 'matched', capacity: 1, freeCapacity: 0 },
        { stage: 'paused', capacity: 1, freeCapacity: 1 },
        { stage: 'training_completed', capacity: 1, freeCapacity: 1 },
        { stage: 'retired', capacity: 1, freeCapacity: 1 },
      ];
      expect(programmeKpis([], families, whole, clock).capacity).toEqual({
        approvedFamilies: 4,
        pausedFamilies: 1,
        places: 5,
        freePlaces: 3,
        familiesWithFreePlace: 2,
      });
    });
  });

  it('keeps the period it was asked for', () => {
    expect(programmeKpis([], [], { from: day(1), to: day(2) }, clock).period).toEqual({ from: day(1), to: day(2) });
  });
});
