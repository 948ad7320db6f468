import { DEFAULT_MATCHING_WEIGHTS } from '../policy/matching-policy';
import { straightLineKm, travelMinutes } from './travel-time';

describe('travel time', () => {
  it('measures the straight line between two Copenhagen addresses', () => {
    // City Hall Square to Nørreport station: about 0.8 km as the crow flies.
    const km = straightLineKm({ lat: 55.6761, lon: 12.5683 }, { lat: 55.6833, lon: 12.5713 });
    expect(km).toBeGreaterThan(0.75);
    expect(km).toBeLessThan(0.85);
  });

  it('is zero for the same place and the same both ways', () => {
    const a = { lat: 55.66, lon: 12.51 };
    const b = { lat: 55.7, lon: 12.55 };
    expect(straightLineKm(a, a)).toBe(0);
    expect(straightLineKm(a, b)).toBeCloseTo(straightLineKm(b, a), 10);
  });

  it('estimates minutes with the detour factor at city speed', () => {
    // 9 km straight × 1.3 = 11.7 km by road, at 18 km/h = 39 min.
    expect(travelMinutes(9, DEFAULT_MATCHING_WEIGHTS.travel)).toBeCloseTo(39, 6);
  });
});
