import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { waitingChildren, waitingFamilies } from '../api/endpoints';
import { ErrorNotice, Loading } from '../components/ErrorNotice';
import { useLoad } from '../hooks';
import { useSession } from '../session';

export function WaitingListsPage() {
  const { t } = useTranslation();
  const session = useSession()!;
  const lists = useLoad(() => Promise.all([waitingChildren(), waitingFamilies()]), []);
  const coordinator = session.identity.role === 'coordinator';
  if (lists.loading && !lists.data) return <Loading />;
  if (!lists.data) return <ErrorNotice error={lists.error} />;
  const [children, families] = lists.data;
  return (
    <>
      <h1>{t('waiting.title')}</h1>
      <p>{t('waiting.summary', { children: children.total, families: families.total })}</p>
      <section aria-labelledby="waiting-children">
        <h2 id="waiting-children">{t('waiting.children')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('children.label')}</th>
              <th scope="col">{t('children.age')}</th>
              <th scope="col">{t('waiting.days')}</th>
            </tr>
          </thead>
          <tbody>
            {children.items.map((child) => (
              <tr key={child.journeyId}>
                <td>{coordinator ? <Link to={`/journeys/${child.journeyId}/matching`}>{child.childLabel}</Link> : child.childLabel}</td>
                <td>{child.childAge}</td>
                <td>
                  {child.daysWaited} {child.escalated && <span className="badge badge-overdue">{t('waiting.escalated')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="waiting-families">
        <h2 id="waiting-families">{t('waiting.families')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('families.name')}</th>
              <th scope="col">{t('families.district')}</th>
              <th scope="col">{t('families.freePlaces')}</th>
              <th scope="col">{t('waiting.days')}</th>
            </tr>
          </thead>
          <tbody>
            {families.items.map((family) => (
              <tr key={family.familyId}>
                <td>{family.displayName}</td>
                <td>{family.homeDistrict ?? '–'}</td>
                <td>{family.freeCapacity}</td>
                <td>
                  {family.daysWaited} {family.flaggedLongWait && <span className="badge badge-overdue">{t('families.longWait')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
