/**
 * A place in Denmark a home can be chosen as: one of the 98 municipalities, or a district (bydel) of
 * one of the four largest cities, where a municipality alone is too coarse for a weekly pick-up.
 */
export type PlaceKind = 'municipality' | 'district';

export interface Place {
  /** Stable: the municipality's official four-digit code (DAGI), a district's is "<municipality code>-<slug>". */
  code: string;
  kind: PlaceKind;
  /** In Danish, as people write it: "Nørrebro", "Ringkøbing-Skjern". */
  name: string;
  /** The municipality the place lies in (its own code for a municipality). */
  municipalityCode: string;
  lat: number;
  lon: number;
}
