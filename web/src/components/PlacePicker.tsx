import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CITIES_WITH_DISTRICTS, PLACES, Place, placeByCode, placeLabel } from '../domain';
import { Field } from './Field';

const byDanishName = (a: Place, b: Place) => a.name.localeCompare(b.name, 'da');

/** The districts of each divided city, then every municipality: the groups of the list. */
const GROUPS: { city?: string; places: Place[] }[] = [
  ...CITIES_WITH_DISTRICTS.map((city) => ({
    city: placeByCode(city)?.name,
    places: PLACES.filter((place) => place.kind === 'district' && place.municipalityCode === city).sort(byDanishName),
  })),
  { places: PLACES.filter((place) => place.kind === 'municipality').sort(byDanishName) },
];

function matches(place: Place, search: string): boolean {
  return placeLabel(place).toLocaleLowerCase('da').includes(search.trim().toLocaleLowerCase('da'));
}

/**
 * A home chosen as a municipality or, in the four largest cities, a district: a native list (the
 * phone's own picker) that a few typed letters narrow. The value is the place's code; the chosen
 * place always stays in the list, so narrowing never loses it.
 */
export function PlacePicker({
  label,
  name,
  value,
  errors,
  onChange,
  onBlur,
}: {
  label: string;
  name: string;
  value: string;
  errors?: string[];
  onChange: (code: string) => void;
  onBlur?: () => void;
}) {
  const { t } = useTranslation();
  const searchId = useId();
  const [search, setSearch] = useState('');
  const groups = useMemo(
    () =>
      GROUPS.map((group) => ({ ...group, places: group.places.filter((place) => place.code === value || matches(place, search)) })).filter(
        (group) => group.places.length > 0,
      ),
    [search, value],
  );
  const found = useMemo(() => PLACES.filter((place) => matches(place, search)).length, [search]);
  return (
    <div className="place-picker">
      <div className="form-group">
        <label className="form-label" htmlFor={searchId}>
          {t('place.search')}
        </label>
        <input id={searchId} className="form-input" type="search" autoComplete="off" value={search} onChange={(e) => setSearch(e.target.value)} />
        {search.trim() !== '' && (
          <span className="form-hint" aria-live="polite">
            {found === 0 ? t('place.noMatch') : t('place.found', { count: found })}
          </span>
        )}
      </div>
      <Field label={label} errors={errors} select>
        {(props) => (
          <select {...props} name={name} value={value} onChange={(e) => onChange(e.target.value)} onBlur={onBlur}>
            <option value="">{t('common.choose')}</option>
            {groups.map((group) => (
              <optgroup key={group.city ?? ''} label={group.city ? t('place.districtsOf', { city: group.city }) : t('place.municipalities')}>
                {group.places.map((place) => (
                  <option key={place.code} value={place.code}>
                    {place.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
