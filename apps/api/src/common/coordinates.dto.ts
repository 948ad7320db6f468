import { PLACE_CODES } from '@venskab/domain/places';
import { COORDINATE_LIMITS } from '@venskab/domain/shared';
import { DecimalNumber, OptionalOneOf } from './limited-fields';

/**
 * A home as latitude and longitude (families' and children's homes alike; transport time is
 * estimated from them), and the place they were taken from when the home was chosen from the
 * domain's place table; the domain refuses a place whose coordinates are not the table's.
 */
export class CoordinatesDto {
  @DecimalNumber(COORDINATE_LIMITS.lat, { example: 55.695 }) lat: number;
  @DecimalNumber(COORDINATE_LIMITS.lon, { example: 12.545 }) lon: number;
  @OptionalOneOf(PLACE_CODES, { example: '0101-norrebro', description: 'The chosen place (libs/domain/src/places); lat and lon are then its own.' })
  placeCode?: string;
}
