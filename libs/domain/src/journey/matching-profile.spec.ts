import { JourneyCommand } from './commands';
import { decide } from './decide';
import { consented, coordinator, day, scores } from './journey.fixture';
import { ChildMatchingProfile, matchingProfileProblems } from './matching-profile';

const PROFILE: ChildMatchingProfile = {
  homeDistrict: 'Nørrebro',
  home: { lat: 55.6928, lon: 12.5491 },
  weekdaysPossible: ['tuesday', 'thursday'],
  needs: ['anxiety'],
};

const screening = (matchingProfile?: ChildMatchingProfile): JourneyCommand => ({
  type: 'RecordScreeningVisit',
  actor: coordinator,
  baseline: scores(2),
  ...(matchingProfile ? { matchingProfile } : {}),
});

describe("the child's details for matching, recorded at the screening visit", () => {
  it('are kept in the state when given', () => {
    const h = consented();
    h.do(screening(PROFILE), day(5));
    expect(h.state.stage).toBe('matching');
    expect(h.state.matchingProfile).toEqual(PROFILE);
  });

  it('stay absent when the coordinator leaves them out', () => {
    const h = consented();
    h.do(screening(), day(5));
    expect(h.state.stage).toBe('matching');
    expect('matchingProfile' in h.state).toBe(false);
  });

  it.each<[string, Partial<ChildMatchingProfile>, string]>([
    ['an empty district', { homeDistrict: ' ' }, 'district'],
    ['a latitude out of range', { home: { lat: 91, lon: 12 } }, 'latitude'],
    ['a longitude that is not a number', { home: { lat: 55, lon: Number.NaN } }, 'longitude'],
    ['a place not in the list', { home: { placeCode: '0101-atlantis', lat: 55.6928, lon: 12.5491 } }, 'list of places'],
    ['a place with other coordinates than its own', { home: { placeCode: '0101-norrebro', lat: 55.6928, lon: 12.5491 } }, "place's own coordinates"],
    ['no weekday', { weekdaysPossible: [] }, 'weekday'],
    ['an unknown weekday', { weekdaysPossible: ['someday' as never] }, 'weekday'],
    ['an unknown need', { needs: ['shyness' as never] }, 'listed needs'],
  ])('refuse the screening visit with %s, saying what is wrong', (_case, change, words) => {
    const h = consented();
    const decision = decide(h.state, screening({ ...PROFILE, ...change }), day(5));
    expect(decision.accepted).toBe(false);
    if (decision.accepted) return;
    expect(decision.refusal.code).toBe('matching_profile_invalid');
    expect(decision.refusal.message).toContain(words);
  });

  it('has no problems when complete', () => {
    expect(matchingProfileProblems(PROFILE)).toEqual([]);
  });

  it('has no problems when the home is a place from the list with its coordinates', () => {
    const home = { placeCode: '0101-norrebro', lat: 55.695, lon: 12.545 };
    expect(matchingProfileProblems({ ...PROFILE, homeDistrict: 'Nørrebro, København', home })).toEqual([]);
  });
});
