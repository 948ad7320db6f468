export type { Place, PlaceKind } from './place';
export { PLACES, PLACE_CODES, CITIES_WITH_DISTRICTS, placeByCode, placeLabel } from './place-table';
export { homeAtPlace, homeProblem } from './placed-home';
export type { HomeProblem, PlacedHome } from './placed-home';
export { placeTableGeocoder } from './place-geocoder';
export type { GeocodedPlace, PlaceGeocoder } from './place-geocoder';
