import { Coordinates } from '../family/household';
import { TravelModel } from '../policy/matching-policy';

const EARTH_RADIUS_KM = 6371;

/** Straight-line distance over the earth's surface (haversine). */
export function straightLineKm(from: Coordinates, to: Coordinates): number {
  const toRadians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = toRadians(to.lat - from.lat);
  const dLon = toRadians(to.lon - from.lon);
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(from.lat)) * Math.cos(toRadians(to.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Estimated minutes for one trip: see TravelModel for why detour × city speed. */
export function travelMinutes(km: number, model: TravelModel): number {
  return ((km * model.detourFactor) / model.speedKmh) * 60;
}
