import { COORDINATE_LIMITS, isWithin } from '../shared/field-limits';
import { placeByCode, placeLabel } from './place-table';

/**
 * A home as the system stores it: coordinates for travel time and, when it was chosen from the
 * place table, the place's code, so the record says which place was chosen.
 */
export interface PlacedHome {
  lat: number;
  lon: number;
  placeCode?: string;
}

/** The home at a place of the table, or undefined for an unknown code. */
export function homeAtPlace(placeCode: string): (Required<PlacedHome> & { label: string }) | undefined {
  const place = placeByCode(placeCode);
  return place && { placeCode: place.code, lat: place.lat, lon: place.lon, label: placeLabel(place) };
}

export type HomeProblem = 'invalid_coordinates' | 'unknown_place' | 'coordinates_not_of_place';

/**
 * What is wrong with a home, or null. The place table is the one source of a chosen place's
 * coordinates: a home naming a place must carry exactly that place's coordinates.
 */
export function homeProblem(home: PlacedHome | undefined): HomeProblem | null {
  if (typeof home !== 'object' || home === null) return 'invalid_coordinates';
  if (!isWithin(home.lat, COORDINATE_LIMITS.lat) || !isWithin(home.lon, COORDINATE_LIMITS.lon)) return 'invalid_coordinates';
  if (home.placeCode === undefined) return null;
  const place = typeof home.placeCode === 'string' ? placeByCode(home.placeCode) : undefined;
  if (!place) return 'unknown_place';
  return place.lat === home.lat && place.lon === home.lon ? null : 'coordinates_not_of_place';
}
