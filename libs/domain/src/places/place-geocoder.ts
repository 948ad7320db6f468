import { homeAtPlace } from './placed-home';

export interface GeocodedPlace {
  placeCode: string;
  lat: number;
  lon: number;
  /** The place in words, for the record and the screen ("Nørrebro, København"). */
  label: string;
}

/**
 * Turns a chosen place into coordinates for travel time. The table adapter below is the one in use;
 * an adapter that asks DAWA (Danmarks Adresser) for an address would fit the same shape.
 */
export interface PlaceGeocoder {
  /** The place's coordinates, or null when this geocoder does not know the code. */
  locate(placeCode: string): Promise<GeocodedPlace | null>;
}

/** Answers from the place table shipped with the domain: no network, the same answer every time. */
export const placeTableGeocoder: PlaceGeocoder = {
  async locate(placeCode) {
    return homeAtPlace(placeCode) ?? null;
  },
};
