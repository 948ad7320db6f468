import { Provider } from '@nestjs/common';
import { placeTableGeocoder } from '@venskab/domain/places';

export const PLACE_GEOCODER = Symbol('PLACE_GEOCODER');

/** The domain's place table; a DAWA adapter (addresses) would be provided here instead. */
export const placeGeocoderProvider: Provider = { provide: PLACE_GEOCODER, useValue: placeTableGeocoder };
