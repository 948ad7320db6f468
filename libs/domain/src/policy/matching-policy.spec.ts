import { DEFAULT_MATCHING_WEIGHTS, validateMatchingWeights } from './matching-policy';

describe('validateMatchingWeights', () => {
  it('accepts the defaults, and a weight of zero to switch a criterion off', () => {
    expect(validateMatchingWeights(DEFAULT_MATCHING_WEIGHTS)).toEqual([]);
    expect(validateMatchingWeights({ ...DEFAULT_MATCHING_WEIGHTS, waitingTime: 0 })).toEqual([]);
  });

  it('reports negative weights, bad settings and an impossible travel model', () => {
    const codes = (weights: unknown) => validateMatchingWeights(weights).map((r) => r.code);
    expect(codes('heavy')).toEqual(['matching_weights.not_an_object']);
    expect(codes({ ...DEFAULT_MATCHING_WEIGHTS, ageFit: -1 })).toEqual(['matching_weights.invalid_weight']);
    expect(codes({ ...DEFAULT_MATCHING_WEIGHTS, dayLengthMs: 0 })).toEqual(['matching_weights.invalid_setting']);
    expect(codes({ ...DEFAULT_MATCHING_WEIGHTS, travel: null })).toEqual(['matching_weights.invalid_travel']);
    expect(
      codes({ ...DEFAULT_MATCHING_WEIGHTS, travel: { ...DEFAULT_MATCHING_WEIGHTS.travel, fullScoreMinutes: 90 } }),
    ).toEqual(['matching_weights.invalid_travel']);
  });
});
