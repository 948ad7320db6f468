import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listJourneys } from '../api/endpoints';
import { ErrorNotice, Loading } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { JOURNEY_STAGES } from '../domain';
import { formatDateTime, wholeDaysSince } from '../format';
import { useLoad } from '../hooks';
import { useSession } from '../session';

export function ChildrenPage() {
  const { t } = useTranslation();
  const session = useSession()!;
  const [stage, setStage] = useState('');
  const [search, setSearch] = useState('');
  const journeys = useLoad(() => listJourneys({ stage: stage || undefined }), [stage]);
  const needle = search.trim().toLowerCase();
  const rows = (journeys.data?.items ?? []).filter((row) => needle === '' || row.childLabel.toLowerCase().includes(needle));
  const title = session.identity.role === 'volunteer_family' ? t('nav.ourChildren') : t('children.title');

  return (
    <>
      <h1 id="children-title">{title}</h1>
      <div className="filters">
        <Field label={t('children.filterStage')} select>
          {(props) => (
            <select {...props} value={stage} onChange={(e) => setStage(e.target.value)}>
              <option value="">{t('children.allStages')}</option>
              {JOURNEY_STAGES.map((value) => (
                <option key={value} value={value}>
                  {t(`stage.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('children.search')}>
          {(props) => <input {...props} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />}
        </Field>
      </div>
      <ErrorNotice error={journeys.error} />
      {journeys.loading && !journeys.data ? (
        <Loading />
      ) : rows.length === 0 ? (
        !journeys.error && <p>{t('children.none')}</p>
      ) : (
        <div className="table--responsive-scroll" tabIndex={0} role="group" aria-labelledby="children-title">
          <table className="table table--compact">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('children.label')}</th>
                <th scope="col">{t('children.age')}</th>
                <th scope="col">{t('children.stage')}</th>
                <th scope="col">{t('children.daysInStage')}</th>
                <th scope="col">{t('children.nextDue')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.journeyId}>
                  <td>
                    <Link to={`/journeys/${row.journeyId}`}>{row.childLabel}</Link>
                  </td>
                  <td>{row.childAge}</td>
                  <td>{t(`stage.${row.stage}`)}</td>
                  <td>{wholeDaysSince(row.stageEnteredAt)}</td>
                  <td>
                    {formatDateTime(row.nextDueAt)} {row.overdue && <span className="badge badge-error">{t('common.overdue')}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
