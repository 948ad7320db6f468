import type { TFunction } from 'i18next';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../api/types';
import { formatDate, formatDateTime } from '../format';
import { DetailLine, DetailValue, detailLines } from './timeline-detail-lines';
import { actorWords, foldReminders } from './timeline-lines';

function detailText(value: DetailValue, t: TFunction): string {
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'translated':
      return value.keys.map((key) => t(key)).join(', ');
    case 'dateTime':
      return formatDateTime(value.at);
    case 'date':
      return formatDate(value.at);
    case 'measurement':
      return value.scores.map(({ key, score }) => `${t(key)} ${score}`).join(' · ');
  }
}

function Details({ lines }: { lines: DetailLine[] }) {
  const { t } = useTranslation();
  if (lines.length === 0) return null;
  return (
    <dl className="facts">
      {lines.map(({ labelKey, value }) => (
        <Fragment key={labelKey}>
          <dt>{t(labelKey)}</dt>
          <dd>{detailText(value, t)}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

function Who({ who }: { who: TimelineEntry['who'] }) {
  const { t } = useTranslation();
  const { name, roleKey } = actorWords(who);
  return <span className="who">{name ? t('timeline.nameWithRole', { name, role: t(roleKey) }) : t(roleKey)}</span>;
}

function MissedDeadline({ entries }: { entries: TimelineEntry[] }) {
  const { t } = useTranslation();
  return entries.some((entry) => entry.kind === 'missed_deadline') ? <span className="badge badge-error">{t('timeline.missedDeadline')}</span> : null;
}

/** The event's name in the reader's language; the API's English sentence only for a type the UI has no words for. */
function useEventTitle() {
  const { t, i18n } = useTranslation();
  return (entry: TimelineEntry) => {
    const key = `event.${entry.type}`;
    if (i18n.exists(key)) return t(key);
    return i18n.language.startsWith('en') ? entry.description : t('timeline.unknownEvent');
  };
}

function EventItem({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  const title = useEventTitle();
  return (
    <li>
      <time dateTime={entry.at}>{formatDateTime(entry.at)}</time> <strong>{title(entry)}</strong> · <Who who={entry.who} />
      {entry.milestone && <span className="badge badge-info">{t('audit.sharedWithCaseworker')}</span>}
      <MissedDeadline entries={[entry]} />
      <Details lines={detailLines(entry.details)} />
    </li>
  );
}

/** Every reminder of one kind as one line: how many, from when to when, and each date on demand. */
function RemindersItem({ reminder, entries }: { reminder: string; entries: TimelineEntry[] }) {
  const { t } = useTranslation();
  const first = entries[0];
  const last = entries[entries.length - 1];
  const title = t('timeline.reminderLine', { event: t('event.ReminderFired'), kind: t(`taskKind.${reminder}`) });
  if (entries.length === 1) {
    return (
      <li>
        <time dateTime={first.at}>{formatDateTime(first.at)}</time> <strong>{title}</strong> · <Who who={first.who} />
        <MissedDeadline entries={entries} />
        <Details lines={detailLines(first.details, ['reminder'])} />
      </li>
    );
  }
  return (
    <li>
      <span>{t('timeline.span', { first: formatDateTime(first.at), last: formatDateTime(last.at) })}</span> <strong>{title}</strong> ·{' '}
      {t('timeline.times', { count: entries.length })}
      <MissedDeadline entries={entries} />
      <details className="details">
        <summary className="details-summary">{t('timeline.showDates')}</summary>
        <div className="details-text">
          <ul>
            {entries.map((entry) => (
              <li key={entry.sequence}>
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              </li>
            ))}
          </ul>
        </div>
      </details>
    </li>
  );
}

/** The journey's history as a person reads it: who, when, and what was written or decided, in the reader's language. */
export function TimelineList({ entries }: { entries: TimelineEntry[] }) {
  return (
    <ol className="timeline no-max-width">
      {foldReminders(entries).map((line) =>
        line.kind === 'event' ? (
          <EventItem key={line.entry.sequence} entry={line.entry} />
        ) : (
          <RemindersItem key={line.entries[0].sequence} reminder={line.reminder} entries={line.entries} />
        ),
      )}
    </ol>
  );
}
