import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { getFamilyJourney } from '../api/people-endpoints';
import { Alert, ErrorNotice, Loading } from '../components/ErrorNotice';
import { LogbookVisitForm } from '../components/LogbookVisitForm';
import { formatLongDate } from '../format';
import { useDraft, useLoad } from '../hooks';
import { visitDay } from '../journey/visit-day';

interface OpenVisit {
  week: number;
  /** The visit by its date, as the family remembers it (never a week number, which Danes read as the calendar's). */
  label: string;
}

/**
 * The volunteer family's logbook, one visit at a time, by its date. The latest visit is offered
 * first; once the person starts on a visit or saves it, the page stays on that visit (a new week
 * opening meanwhile never takes the next text), and any other visit is chosen by its date.
 */
export function LogbookPage() {
  const { t } = useTranslation();
  const { journeyId = '' } = useParams();
  // The family's own view lists the weeks open for writing (started, not written), latest first.
  const journey = useLoad(() => getFamilyJourney(journeyId), [journeyId]);
  const [chosen, setChosen] = useDraft<{ week: number | null }>(`logbook.${journeyId}.chosen`, { week: null });
  const [saved, setSaved] = useState<OpenVisit | null>(null);

  if (journey.loading && !journey.data) return <Loading />;
  if (!journey.data) return <ErrorNotice error={journey.error} />;
  const weekday = journey.data.agreement?.weekday;
  const open: OpenVisit[] = (journey.data.logbookWeeks ?? []).map((week) => {
    const day = visitDay(week.startsAt, weekday);
    return {
      week: week.week,
      label: weekday
        ? t('logbook.visitOn', { weekday: t(`option.weekday.${weekday}`), date: formatLongDate(day) })
        : t('logbook.visitWeekOf', { date: formatLongDate(day) }),
    };
  });
  const current = open.find((visit) => visit.week === chosen.week) ?? (chosen.week === null && saved === null ? open[0] : undefined);
  const others = open.filter((visit) => visit !== current);
  const choose = (week: number) => {
    if (chosen.week !== week) setChosen({ week });
  };

  return (
    <div className="narrow logbook">
      <h1>{t('logbook.title')}</h1>
      <p>{t('logbook.intro')}</p>
      {saved && (
        <Alert variant="success">
          <p>{t('logbook.savedVisit', { visit: saved.label })}</p>
        </Alert>
      )}
      {current && (
        <LogbookVisitForm
          key={current.week}
          journeyId={journeyId}
          week={current.week}
          visitLabel={current.label}
          onEdited={() => choose(current.week)}
          onSaved={() => {
            setSaved(current);
            setChosen({ week: null });
            journey.reload();
          }}
        />
      )}
      {open.length === 0 && <p>{t('logbook.noOpenWeek')}</p>}
      {others.length > 0 && (
        <section className="other-visits">
          <h2>{t(current ? 'logbook.otherVisits' : 'logbook.chooseVisit')}</h2>
          <ul className="unstyled-list">
            {others.map((visit) => (
              <li key={visit.week}>
                <button
                  type="button"
                  className="button button-secondary visit-choice"
                  data-week={visit.week}
                  onClick={() => {
                    setSaved(null);
                    setChosen({ week: visit.week });
                  }}
                >
                  {visit.label}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>
        <Link to={`/journeys/${journeyId}`}>{t('logbook.back')}</Link>
      </p>
    </div>
  );
}
