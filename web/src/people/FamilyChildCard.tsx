import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { FamilyJourneyView } from '@venskab/domain/journey/family-view';
import { formatLongDate } from '../format';
import { Alert } from '../components/ErrorNotice';

/**
 * One child as the volunteer family sees it: the agreement from the friendship meeting, the coming
 * visit weeks by date, the logbook to write and group supervision. Nothing else of the journey.
 */
export function FamilyChildCard({ view, now, headingLevel = 2 }: { view: FamilyJourneyView; now: number; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `child-${view.journeyId}`;
  const upcomingSupervision = view.supervisions.filter((session) => !session.outcome && Date.parse(session.dueAt) >= now);
  const heldSupervision = view.supervisions.filter((session) => session.outcome);
  const writeWeeks = view.logbookWeeks.length;
  return (
    <section aria-labelledby={headingId} className="tile child-card" data-testid="family-child">
      <Heading id={headingId}>{view.childLabel ?? t('home.child')}</Heading>
      <p>{t(`stage.${view.stage}`)}</p>

      {view.proposed && (
        <Alert variant="info" announce={false}>
          <p>
            {t('home.proposed')} <Link to={`/journeys/${view.journeyId}`}>{t('home.answer')}</Link>
          </p>
        </Alert>
      )}
      {view.meetingScheduledFor && (
        <Alert variant="info" announce={false}>
          <p>{t('home.meetingOn', { date: formatLongDate(view.meetingScheduledFor) })}</p>
        </Alert>
      )}

      {view.allowedCommands.includes('WriteLogbookEntry') && (
        <p>
          <Link to={`/journeys/${view.journeyId}/logbook`} className="button button-primary">
            {t('home.writeLogbook')}
          </Link>{' '}
          {writeWeeks > 0 && <span className="hint">{t('home.weeksToWrite', { count: writeWeeks })}</span>}
        </p>
      )}

      {view.agreement && (
        <>
          <h3 className="sub">{t('home.agreement')}</h3>
          <dl className="facts">
            <dt>{t('home.weekday')}</dt>
            <dd>{t(`option.weekday.${view.agreement.weekday}`)}</dd>
            <dt>{t('home.pickUp')}</dt>
            <dd>{view.agreement.pickUp}</dd>
            <dt>{t('home.return')}</dt>
            <dd>{view.agreement.return}</dd>
          </dl>
        </>
      )}

      {view.nextVisits.length > 0 && (
        <>
          <h3 className="sub">{t('home.nextVisits')}</h3>
          <ul className="bordered-list visit-weeks">
            {view.nextVisits.map((visit) => (
              <li key={visit.week}>
                {Date.parse(visit.startsAt) <= now ? t('home.thisWeek', { date: formatLongDate(visit.startsAt) }) : t('home.weekStarting', { date: formatLongDate(visit.startsAt) })}
                {view.agreement && <> – {t(`option.weekday.${view.agreement.weekday}`)}</>}
                {visit.paused && <span className="badge">{t('home.paused')}</span>}
              </li>
            ))}
          </ul>
        </>
      )}

      {view.supervisions.length > 0 && (
        <>
          <h3 className="sub">{t('home.supervision')}</h3>
          <p className="hint">{t('home.supervisionExplained')}</p>
          <ul className="unstyled-list">
            {heldSupervision.map((session) => (
              <li key={session.session}>
                {t('home.supervisionHeld', { date: formatLongDate(session.dueAt) })}: {t(`option.sessionOutcome.${session.outcome}`)}
              </li>
            ))}
            {upcomingSupervision.slice(0, 2).map((session) => (
              <li key={session.session}>{t('home.supervisionAround', { date: formatLongDate(session.dueAt) })}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
