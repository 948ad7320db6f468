import type { Place } from './place';

/**
 * Districts of the four largest cities, where the municipality's single point would put a child on
 * Amager and a family in Brønshøj at the same spot.
 *
 * Which districts: København's ten administrative districts (bydele, Københavns Kommune); for Aarhus,
 * Odense and Aalborg, which have no bydele of that kind, the districts people name their home by,
 * mostly the postal districts (Aarhus N, Odense SØ, Aalborg Ø …).
 *
 * Source of the figures, and how approximate they are: Vanløse, Lystrup, Tranbjerg and Nørresundby
 * are GeoNames' points for those places (via the public countries-states-cities-database). Every
 * other point is this project's own estimate of the district's middle, rounded to 0.005°, not
 * measured against a boundary: expect it to be off by up to about a kilometre. Enough to tell a
 * short trip across the city from a long one; not an address. Replace with DAGI district centroids
 * when the project has them.
 */
const DISTRICTS: readonly (readonly [municipalityCode: string, slug: string, name: string, lat: number, lon: number])[] = [
  ['0101', 'indre-by', 'Indre By', 55.68, 12.58],
  ['0101', 'osterbro', 'Østerbro', 55.705, 12.575],
  ['0101', 'norrebro', 'Nørrebro', 55.695, 12.545],
  ['0101', 'vesterbro-kongens-enghave', 'Vesterbro/Kongens Enghave', 55.665, 12.545],
  ['0101', 'valby', 'Valby', 55.66, 12.505],
  ['0101', 'vanlose', 'Vanløse', 55.6836, 12.4871],
  ['0101', 'bronshoj-husum', 'Brønshøj-Husum', 55.705, 12.49],
  ['0101', 'bispebjerg', 'Bispebjerg', 55.715, 12.535],
  ['0101', 'amager-ost', 'Amager Øst', 55.66, 12.61],
  ['0101', 'amager-vest', 'Amager Vest', 55.645, 12.575],
  ['0751', 'aarhus-c', 'Aarhus C', 56.155, 10.205],
  ['0751', 'aarhus-n', 'Aarhus N', 56.185, 10.195],
  ['0751', 'aarhus-v', 'Aarhus V', 56.17, 10.16],
  ['0751', 'abyhoj', 'Åbyhøj', 56.155, 10.16],
  ['0751', 'brabrand', 'Brabrand', 56.155, 10.11],
  ['0751', 'viby-j', 'Viby J', 56.125, 10.16],
  ['0751', 'hojbjerg', 'Højbjerg', 56.115, 10.205],
  ['0751', 'risskov', 'Risskov', 56.19, 10.235],
  ['0751', 'tilst', 'Tilst', 56.185, 10.11],
  ['0751', 'lystrup', 'Lystrup', 56.2375, 10.2378],
  ['0751', 'tranbjerg', 'Tranbjerg', 56.0952, 10.1361],
  ['0461', 'odense-c', 'Odense C', 55.395, 10.39],
  ['0461', 'odense-n', 'Odense N', 55.425, 10.385],
  ['0461', 'odense-no', 'Odense NØ', 55.415, 10.42],
  ['0461', 'odense-nv', 'Odense NV', 55.41, 10.34],
  ['0461', 'odense-v', 'Odense V', 55.395, 10.33],
  ['0461', 'odense-m', 'Odense M', 55.385, 10.42],
  ['0461', 'odense-s', 'Odense S', 55.365, 10.4],
  ['0461', 'odense-so', 'Odense SØ', 55.375, 10.44],
  ['0461', 'odense-sv', 'Odense SV', 55.375, 10.35],
  ['0851', 'aalborg-c', 'Aalborg C', 57.045, 9.92],
  ['0851', 'aalborg-o', 'Aalborg Ø', 57.045, 9.96],
  ['0851', 'aalborg-so', 'Aalborg SØ', 57.02, 9.95],
  ['0851', 'aalborg-sv', 'Aalborg SV', 57.025, 9.89],
  ['0851', 'norresundby', 'Nørresundby', 57.0588, 9.9228],
];

export const DISTRICT_PLACES: readonly Place[] = DISTRICTS.map(([municipalityCode, slug, name, lat, lon]) => ({
  code: `${municipalityCode}-${slug}`,
  kind: 'district',
  name,
  municipalityCode,
  lat,
  lon,
}));
