import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listJourneys } from '../api/endpoints';
import { getFamilyJourney } from '../api/people-endpoints';
import { ErrorNotice, Loading } from '../components/ErrorNotice';
import { useLoad } from '../hooks';
import { FamilyChildCard } from '../people/FamilyChildCard';
import { useSession } from '../session';

/** The volunteer family's home on the phone: its children, when they visit, and the logbook to write. */
export function FamilyHomePage() {
  const { t } = useTranslation();
  const identity = useSession()!.identity;
  const children = useLoad(async () => {
    const journeys = await listJourneys();
    return Promise.all(journeys.items.map((row) => getFamilyJourney(row.journeyId).then((view) => ({ ...view, childLabel: view.childLabel ?? row.childLabel }))));
  }, []);
  if (children.loading && !children.data) return <Loading />;
  if (!children.data) return <ErrorNotice error={children.error} />;
  const now = Date.now();
  return (
    <div className="narrow family-home">
      <h1>{t('home.title')}</h1>
      {children.data.length === 0 ? <p>{t('home.noChildren')}</p> : children.data.map((view) => <FamilyChildCard key={view.journeyId} view={view} now={now} />)}
      {identity.familyId && (
        <p>
          <Link to={`/families/${encodeURIComponent(identity.familyId)}`}>{t('home.ourFamily')}</Link>
        </p>
      )}
    </div>
  );
}
