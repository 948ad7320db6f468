import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listFamilies } from '../api/endpoints';
import { ErrorNotice, Loading } from '../components/ErrorNotice';
import { formatDate } from '../format';
import { placesText } from '../family/places-text';
import { useLoad } from '../hooks';
import { useSession } from '../session';

export function FamiliesPage() {
  const { t } = useTranslation();
  const session = useSession()!;
  const families = useLoad(listFamilies, []);
  const linkable = session.identity.role !== 'programme_manager';
  if (families.loading && !families.data) return <Loading />;
  return (
    <>
      <h1 id="families-title">{t('families.title')}</h1>
      <ErrorNotice error={families.error} />
      <div className="table--responsive-scroll" tabIndex={0} role="group" aria-labelledby="families-title">
        <table className="table table--compact">
          <caption className="visually-hidden">{t('families.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('families.name')}</th>
              <th scope="col">{t('families.stage')}</th>
              <th scope="col">{t('families.district')}</th>
              <th scope="col">{t('families.places')}</th>
              <th scope="col">{t('families.waitingSince')}</th>
            </tr>
          </thead>
          <tbody>
            {(families.data?.items ?? []).map((family) => (
              <tr key={family.familyId}>
                <td>{linkable ? <Link to={`/families/${family.familyId}`}>{family.displayName}</Link> : family.displayName}</td>
                <td>{t(`familyStage.${family.stage}`, { defaultValue: family.stage })}</td>
                <td>{family.homeDistrict ?? '–'}</td>
                <td>{placesText(t, family.freeCapacity, family.capacity)}</td>
                <td>
                  {formatDate(family.waitingSince)} {family.flaggedLongWait && <span className="badge badge-error">{t('families.longWait')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
