import { COORDINATE_LIMITS } from '@venskab/domain/shared';
import { DecimalNumber } from './limited-fields';

/** A home as latitude and longitude (families' and children's homes alike; transport time is estimated from them). */
export class CoordinatesDto {
  @DecimalNumber(COORDINATE_LIMITS.lat, { example: 55.6611 }) lat: number;
  @DecimalNumber(COORDINATE_LIMITS.lon, { example: 12.5161 }) lon: number;
}
