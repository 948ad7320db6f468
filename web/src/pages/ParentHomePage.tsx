import { useTranslation } from 'react-i18next';
import { getJourney, listJourneys } from '../api/endpoints';
import type { CaseworkerView } from '../api/types';
import { ErrorNotice, Loading } from '../components/ErrorNotice';
import { formatDate } from '../format';
import { useLoad } from '../hooks';
import { StageBar } from '../journey/StageBar';
import { ConsentPanel } from '../people/ConsentPanel';
import { useSession } from '../session';

/** A parent's page: each of their children's courses as milestones, and their consent. */
export function ParentHomePage() {
  const { t } = useTranslation();
  const identity = useSession()!.identity;
  const children = useLoad(async () => {
    const journeys = await listJourneys();
    return Promise.all(journeys.items.map(async (row) => ({ label: row.childLabel, view: (await getJourney(row.journeyId)) as CaseworkerView })));
  }, []);
  if (children.loading && !children.data) return <Loading />;
  if (!children.data) return <ErrorNotice error={children.error} />;
  return (
    <div className="narrow parent-home">
      <h1>{t('parentHome.title')}</h1>
      <p className="hint">{t('parentHome.intro')}</p>
      {children.data.length === 0 && <p>{t('parentHome.noChildren')}</p>}
      {children.data.map(({ label, view }) => (
        <section key={view.journeyId} aria-labelledby={`child-${view.journeyId}`} className="tile child-card" data-testid="parent-child">
          <h2 id={`child-${view.journeyId}`}>{label}</h2>
          <StageBar stage={view.stage} />
          <h3 className="sub">{t('parentHome.milestones')}</h3>
          <ol className="timeline">
            {view.milestones.map((milestone, index) => (
              <li key={index}>
                <time dateTime={milestone.at}>{formatDate(milestone.at)}</time> {t(`event.${milestone.type}`, { defaultValue: milestone.type })}
              </li>
            ))}
          </ol>
          <ConsentPanel
            journeyId={view.journeyId}
            stage={view.stage}
            withdrawn={view.milestones.some((milestone) => milestone.type === 'ConsentWithdrawn')}
            parentName={identity.displayName ?? ''}
            onChanged={children.reload}
          />
        </section>
      ))}
    </div>
  );
}
