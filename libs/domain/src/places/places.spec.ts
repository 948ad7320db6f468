import { FAMILY_LIMITS } from '../family/field-limits';
import { JOURNEY_LIMITS } from '../journey/field-limits';
import { straightLineKm } from '../matching/travel-time';
import { CITIES_WITH_DISTRICTS, PLACES, PLACE_CODES, homeAtPlace, homeProblem, placeByCode, placeLabel, placeTableGeocoder } from '.';

const municipalities = PLACES.filter((place) => place.kind === 'municipality');
const districts = PLACES.filter((place) => place.kind === 'district');

describe('the place table', () => {
  it('holds the 98 municipalities, each under its own four-digit code', () => {
    expect(municipalities).toHaveLength(98);
    expect(new Set(municipalities.map((place) => place.code)).size).toBe(98);
    expect(municipalities.every((place) => /^\d{4}$/.test(place.code) && place.municipalityCode === place.code)).toBe(true);
  });

  it('names every place once, so a list never shows the same words twice', () => {
    expect(new Set(PLACE_CODES).size).toBe(PLACES.length);
    expect(new Set(PLACES.map(placeLabel)).size).toBe(PLACES.length);
  });

  it('divides København, Aarhus, Odense and Aalborg into districts', () => {
    expect(CITIES_WITH_DISTRICTS.map((code) => placeByCode(code)?.name)).toEqual(['København', 'Aarhus', 'Odense', 'Aalborg']);
    expect(districts.filter((place) => place.municipalityCode === '0101')).toHaveLength(10);
  });

  it('puts every place in Denmark', () => {
    const outside = PLACES.filter((place) => place.lat < 54.5 || place.lat > 57.8 || place.lon < 8 || place.lon > 15.2);
    expect(outside).toEqual([]);
  });

  it("puts every district near its city's point (a district filed under the wrong city would be far away)", () => {
    const far = districts.filter((district) => straightLineKm(district, placeByCode(district.municipalityCode)!) > 12);
    expect(far.map((district) => district.code)).toEqual([]);
  });

  it('reads every place in words that fit the home district field of a family and of a child', () => {
    const longest = Math.max(...PLACES.map((place) => placeLabel(place).length));
    expect(longest).toBeLessThanOrEqual(Math.min(FAMILY_LIMITS.homeDistrict.maxLength, JOURNEY_LIMITS.homeDistrict.maxLength));
  });

  it('reads a district with its city and a municipality by its name', () => {
    expect(placeLabel(placeByCode('0101-norrebro')!)).toBe('Nørrebro, København');
    expect(placeLabel(placeByCode('0265')!)).toBe('Roskilde');
  });
});

describe('a home chosen as a place', () => {
  it('carries the place code and the coordinates the table gives it', () => {
    expect(homeAtPlace('0751-viby-j')).toEqual({ placeCode: '0751-viby-j', lat: 56.125, lon: 10.16, label: 'Viby J, Aarhus' });
    expect(homeAtPlace('9999')).toBeUndefined();
  });

  it.each([
    ['a place with its own coordinates', { placeCode: '0265', lat: 55.65, lon: 12.1 }, null],
    ['coordinates without a place (recorded before places were offered)', { lat: 55.6761, lon: 12.5683 }, null],
    ['an unknown place', { placeCode: '0101-atlantis', lat: 55.65, lon: 12.1 }, 'unknown_place'],
    ['a place with other coordinates than the table', { placeCode: '0265', lat: 55.7, lon: 12.1 }, 'coordinates_not_of_place'],
    ['a latitude out of range', { lat: 91, lon: 12 }, 'invalid_coordinates'],
    ['no home at all', undefined, 'invalid_coordinates'],
  ])('judges %s', (_case, home, problem) => {
    expect(homeProblem(home)).toBe(problem);
  });
});

describe('the table geocoder', () => {
  it('locates a place from the table and knows no other', async () => {
    await expect(placeTableGeocoder.locate('0461-odense-so')).resolves.toMatchObject({ lat: 55.375, lon: 10.44, label: 'Odense SØ, Odense' });
    await expect(placeTableGeocoder.locate('nowhere')).resolves.toBeNull();
  });
});
