import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { sendJourneyCommand } from '../api/endpoints';
import { getFamilyJourney } from '../api/people-endpoints';
import { ErrorNotice, Loading } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import type { VisitOutcome } from '../domain';
import { formatLongDate } from '../format';
import { OPTION_SETS } from '../option-sets';
import { useDraft, useLoad } from '../hooks';
import { useServerProblems } from '../journey/use-server-problems';

interface LogbookDraft {
  week: string;
  visit: VisitOutcome;
  cancelledBy: string;
  note: string;
  concern: boolean;
}

const EMPTY: LogbookDraft = { week: '', visit: 'held', cancelledBy: '', note: '', concern: false };

/** The volunteer family's entry after a visit: short, phone-sized, kept as a draft until it is sent. */
export function LogbookPage() {
  const { t } = useTranslation();
  const { journeyId = '' } = useParams();
  // The family's own view lists the weeks open for writing (started, not written), latest first.
  const journey = useLoad(() => getFamilyJourney(journeyId), [journeyId]);
  const [draft, setDraft, clearDraft] = useDraft<LogbookDraft>(`logbook.${journeyId}`, EMPTY);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const server = useServerProblems(error);
  /** A change also clears the server's problems with the changed fields. */
  const edit = (change: Partial<LogbookDraft>) => {
    setDraft({ ...draft, ...change });
    Object.keys(change).forEach(server.fieldChanged);
  };

  if (journey.loading && !journey.data) return <Loading />;
  if (!journey.data) return <ErrorNotice error={journey.error} />;
  const openWeeks = journey.data.logbookWeeks ?? [];
  const weeks = openWeeks.map((open) => open.week);
  const week = draft.week !== '' && weeks.includes(Number(draft.week)) ? draft.week : String(weeks[0] ?? '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const body = {
        week: Number(week),
        visit: draft.visit,
        ...(draft.visit === 'cancelled' ? { cancelledBy: draft.cancelledBy } : {}),
        note: draft.note,
        concern: draft.concern,
      };
      await sendJourneyCommand(journeyId, 'WriteLogbookEntry', body);
      setSaved(Number(week));
      setError(null);
      clearDraft();
      journey.reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="narrow">
      <h1>{t('logbook.title')}</h1>
      <p>{t('logbook.intro')}</p>
      {saved !== null && (
        <p className="notice notice-ok" role="status">
          {t('logbook.saved', { week: saved })}
        </p>
      )}
      {weeks.length === 0 ? (
        <p>{t('logbook.noOpenWeek')}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <Field label={t('logbook.week')} errors={server.errorsOf('week')}>
            {(props) => (
              <select {...props} name="week" value={week} onChange={(e) => edit({ week: e.target.value })}>
                {openWeeks.map((open) => (
                  <option key={open.week} value={open.week}>
                    {t('home.logbookWeek', { date: formatLongDate(open.startsAt) })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <fieldset>
            <legend>{t('logbook.visit')}</legend>
            {OPTION_SETS.visit.map((value) => (
              <label key={value} className="inline big-target">
                <input type="radio" name="visit" value={value} checked={draft.visit === value} onChange={() => edit({ visit: value })} /> {t(`option.visit.${value}`)}
              </label>
            ))}
          </fieldset>
          {draft.visit === 'cancelled' && (
            <Field label={t('logbook.cancelledBy')} errors={server.errorsOf('cancelledBy')}>
              {(props) => (
                <select {...props} name="cancelledBy" value={draft.cancelledBy} onChange={(e) => edit({ cancelledBy: e.target.value })}>
                  <option value="">{t('common.choose')}</option>
                  {OPTION_SETS.cancelledBy.map((value) => (
                    <option key={value} value={value}>
                      {t(`option.cancelledBy.${value}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <Field label={t('logbook.note')} hint={t('logbook.noteHint')} errors={server.errorsOf('note')}>
            {(props) => <textarea {...props} name="note" rows={5} value={draft.note} onChange={(e) => edit({ note: e.target.value })} />}
          </Field>
          <div className="concern-box">
            <label className="big-target">
              <input type="checkbox" name="concern" aria-describedby="concern-explained" checked={draft.concern} onChange={(e) => edit({ concern: e.target.checked })} />{' '}
              {t('logbook.concern')}
            </label>
            <p id="concern-explained" className="hint">
              {t('logbook.concernExplained')}
            </p>
          </div>
          <ErrorNotice error={error} />
          <button type="submit" disabled={busy} className="wide">
            {t('logbook.submit')}
          </button>
        </form>
      )}
      <p>
        <Link to={`/journeys/${journeyId}`}>{t('logbook.back')}</Link>
      </p>
    </div>
  );
}
