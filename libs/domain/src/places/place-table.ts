import { DISTRICT_PLACES } from './districts';
import { MUNICIPALITY_PLACES } from './municipalities';
import type { Place } from './place';

/** Every place a home can be chosen as: the districts of the four largest cities, then the municipalities. */
export const PLACES: readonly Place[] = [...DISTRICT_PLACES, ...MUNICIPALITY_PLACES];

export const PLACE_CODES: readonly string[] = PLACES.map((place) => place.code);

const BY_CODE = new Map(PLACES.map((place) => [place.code, place]));

export function placeByCode(code: string): Place | undefined {
  return BY_CODE.get(code);
}

/** The municipalities that are divided into districts, whose districts a list shows first. */
export const CITIES_WITH_DISTRICTS: readonly string[] = [...new Set(DISTRICT_PLACES.map((place) => place.municipalityCode))];

/**
 * How a place reads in a list and in the record ("Nørrebro, København"; "Roskilde"), so a district
 * is never mistaken for a town of the same name elsewhere.
 */
export function placeLabel(place: Place): string {
  if (place.kind === 'municipality') return place.name;
  const municipality = placeByCode(place.municipalityCode);
  return municipality ? `${place.name}, ${municipality.name}` : place.name;
}
