import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { readLog } from '../api/oversight-endpoints';
import type { ReadLogEntry } from '../api/oversight-endpoints';
import { ErrorNotice, Loading } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { formatDateTime } from '../format';
import { useLoad } from '../hooks';

/** Distinct values of the log, for the filters: each reader and each child that appears. */
function choices(items: ReadLogEntry[], key: (entry: ReadLogEntry) => [string, string]): [string, string][] {
  return [...new Map(items.map(key)).entries()].sort((a, b) => a[1].localeCompare(b[1], 'da'));
}

/** The auditor's log of who read which child's journey, newest first; filter by child or by reader. */
export function ReadLogPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const journeyId = params.get('journeyId') ?? '';
  const userId = params.get('userId') ?? '';
  const everything = useLoad(() => readLog(), []);
  const filtered = useLoad(() => (journeyId || userId ? readLog({ journeyId, userId }) : Promise.resolve(null)), [journeyId, userId]);
  const page = filtered.data ?? everything.data;
  const readerName = (entry: ReadLogEntry) => entry.readerName ?? t(`role.${entry.role}`, { defaultValue: t('readLog.unknownReader') });
  const childLabel = (entry: ReadLogEntry) => entry.childLabel ?? t('readLog.unknownChild');
  const all = everything.data?.items ?? [];
  const readers = choices(all, (entry) => [entry.userId, readerName(entry)]);
  const children = choices(all, (entry) => [entry.journeyId, childLabel(entry)]);

  function filterBy(name: 'journeyId' | 'userId', value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  }

  return (
    <>
      <h1>{t('readLog.title')}</h1>
      <p className="hint">{t('readLog.intro')}</p>
      <div className="filters">
        <Field label={t('readLog.filterChild')} select>
          {(props) => (
            <select {...props} value={journeyId} onChange={(event) => filterBy('journeyId', event.target.value)}>
              <option value="">{t('readLog.allChildren')}</option>
              {children.map(([id, label]) => (
                <option key={id} value={id}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('readLog.filterReader')} select>
          {(props) => (
            <select {...props} value={userId} onChange={(event) => filterBy('userId', event.target.value)}>
              <option value="">{t('readLog.allReaders')}</option>
              {readers.map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <ErrorNotice error={filtered.error ?? everything.error} />
      {!page ? (
        <Loading />
      ) : page.items.length === 0 ? (
        <p>{t('readLog.empty')}</p>
      ) : (
        <>
          <p>{t('readLog.count', { count: page.total })}</p>
          <ul className="unstyled-list no-max-width cards" data-testid="read-log">
            {page.items.map((entry) => (
              <li key={entry.id} className="tile">
                <strong>{readerName(entry)}</strong> ({t(`role.${entry.role}`, { defaultValue: '' })}) · {t(`readLog.part.${entry.part}`, { defaultValue: t('readLog.part.other') })} ·{' '}
                <Link to={`/journeys/${encodeURIComponent(entry.journeyId)}`}>{childLabel(entry)}</Link>
                <p>
                  <time dateTime={entry.readAt}>{formatDateTime(entry.readAt)}</time>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
