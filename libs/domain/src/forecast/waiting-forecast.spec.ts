import { DEFAULT_FORECAST_OPTIONS, forecastWaiting, percentile, WaitingSituation } from './waiting-forecast';

const QUIET: WaitingSituation = {
  waitingDays: [],
  freePlaces: 0,
  readyPerDay: 1,
  placesOpeningPerDay: 0,
  leavingPerWaitingChildPerDay: 0,
  matchingDaysMin: 0,
};
const OPTIONS = { ...DEFAULT_FORECAST_OPTIONS, runs: 60, maxExtraFamilies: 50 };

describe('forecastWaiting', () => {
  it('with no families, the children waiting grow linearly with time', () => {
    const forecast = forecastWaiting({ ...QUIET, waitingDays: [10, 20] }, OPTIONS);
    const waitingAt = (month: number) => forecast.months[month - 1].childrenWaiting.p50;
    // One child a day: about 2 + 30·m waiting after m months, within the Poisson spread (3 standard deviations).
    for (const month of [1, 6, 12]) expect(Math.abs(waitingAt(month) - (2 + 30 * month))).toBeLessThanOrEqual(3 * Math.sqrt(30 * month));
    expect(waitingAt(12) - waitingAt(6)).toBeGreaterThan(0.8 * (waitingAt(6) - waitingAt(1)) * (6 / 5));
    // Nobody is matched, so the median wait of those waiting is about half the time passed.
    expect(Math.abs(forecast.months[11].waitDays.p50 - 180)).toBeLessThanOrEqual(15);
    expect(forecast.extraFamiliesForTarget).toBeNull();
  });

  it('with places for everyone, every child waits only the matching time', () => {
    const forecast = forecastWaiting({ ...QUIET, freePlaces: 1000, matchingDaysMin: 14 }, OPTIONS);
    expect(forecast.medianWaitDays).toBe(14);
    expect(forecast.extraFamiliesForTarget).toBe(0);
    // About two weeks' worth of children are always between readiness and their match.
    expect(Math.abs(forecast.months[5].childrenWaiting.p50 - 14)).toBeLessThanOrEqual(3 * Math.sqrt(14));
  });

  it('names the fewest extra families that bring the median wait to the target', () => {
    const situation: WaitingSituation = { ...QUIET, readyPerDay: 0.2, waitingDays: [40, 50, 60, 70], placesOpeningPerDay: 0.1 };
    const options = { ...OPTIONS, maxExtraFamilies: 200 };
    const needed = forecastWaiting(situation, options).extraFamiliesForTarget;
    expect(needed).not.toBeNull();
    expect(needed).toBeGreaterThan(0);
    // Those families given from today meet the target; one fewer does not.
    expect(forecastWaiting({ ...situation, freePlaces: needed as number }, options).extraFamiliesForTarget).toBe(0);
    expect(forecastWaiting({ ...situation, freePlaces: (needed as number) - 1 }, options).extraFamiliesForTarget).toBe(1);
  });

  it('lets waits end without a family at the rate given', () => {
    const staying = forecastWaiting(QUIET, OPTIONS).months[11].childrenWaiting.p50;
    const leaving = forecastWaiting({ ...QUIET, leavingPerWaitingChildPerDay: 0.01 }, OPTIONS).months[11].childrenWaiting.p50;
    // Arrivals 1/day, leaving 1 % a day: the list settles near 100 instead of growing to 360.
    expect(staying).toBeGreaterThan(330);
    expect(Math.abs(leaving - 100)).toBeLessThanOrEqual(25);
  });

  it('gives the same forecast for the same seed and another for another seed', () => {
    const situation = { ...QUIET, placesOpeningPerDay: 0.9, freePlaces: 3 };
    expect(forecastWaiting(situation, OPTIONS)).toEqual(forecastWaiting(situation, OPTIONS));
    expect(forecastWaiting(situation, { ...OPTIONS, seed: 2 })).not.toEqual(forecastWaiting(situation, OPTIONS));
  });

  it('has bands in order', () => {
    for (const month of forecastWaiting({ ...QUIET, placesOpeningPerDay: 0.9 }, OPTIONS).months) {
      expect(month.childrenWaiting.p10).toBeLessThanOrEqual(month.childrenWaiting.p50);
      expect(month.childrenWaiting.p50).toBeLessThanOrEqual(month.childrenWaiting.p90);
    }
  });
});

describe('percentile', () => {
  it('takes the nearest rank', () => {
    expect(percentile([5, 1, 4, 2, 3], 0.5)).toBe(3);
    expect(percentile([5, 1, 4, 2, 3], 0.1)).toBe(1);
    expect(percentile([5, 1, 4, 2, 3], 0.9)).toBe(5);
    expect(percentile([], 0.5)).toBe(0);
  });
});
