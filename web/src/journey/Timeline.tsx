import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../api/types';
import { formatDateTime } from '../format';

export function TimelineList({ entries }: { entries: TimelineEntry[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ol className="timeline">
      {entries.map((entry) => (
        <li key={entry.sequence}>
          <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>{' '}
          <strong>{t(`event.${entry.type}`, { defaultValue: entry.type })}</strong>{' '}
          <span className="who">({t(`role.${entry.who.role}`, { defaultValue: entry.who.role })})</span>
          {i18n.language.startsWith('en') && <span> – {entry.description}</span>}
          {entry.milestone && <span className="badge">{t('audit.sharedWithCaseworker')}</span>}
        </li>
      ))}
    </ol>
  );
}
