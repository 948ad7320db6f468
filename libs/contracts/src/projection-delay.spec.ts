import { DEFAULT_JOURNEY_POLICY } from '@venskab/domain/journey';
import { DEFAULT_PROJECTION_DELAY_MS, projectionDelayMs } from './journey-workflow';

describe('projectionDelayMs', () => {
  it('is half a second under a real programme day', () => {
    expect(projectionDelayMs(DEFAULT_JOURNEY_POLICY)).toBe(DEFAULT_PROJECTION_DELAY_MS);
    expect(DEFAULT_PROJECTION_DELAY_MS).toBe(500);
  });

  it('shrinks with a compressed day to a thousandth of it', () => {
    expect(projectionDelayMs({ dayLengthMs: 60_000 })).toBe(60);
    expect(projectionDelayMs({ dayLengthMs: 499_999 })).toBe(499);
  });

  it('is never shorter than a timer can be', () => {
    expect(projectionDelayMs({ dayLengthMs: 30 })).toBe(1);
  });
});
