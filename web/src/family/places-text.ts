import type { TFunction } from 'i18next';

/** A family's places as a person reads them: none before approval, otherwise how many of them are free. */
export function placesText(t: TFunction, free: number, capacity: number): string {
  return capacity === 0 ? t('families.noPlacesYet') : t('families.placesValue', { count: free, free, capacity });
}
