import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { waitingChildren, waitingFamilies } from '../api/endpoints';
import { ErrorNotice, Loading } from '../components/ErrorNotice';
import { useLoad } from '../hooks';
import { useSession } from '../session';

/** Roles that may open a child's journey and a family's page (the programme manager sees the lists only). */
const READS_DETAILS = ['coordinator', 'auditor'];

export function WaitingListsPage() {
  const { t } = useTranslation();
  const session = useSession()!;
  const lists = useLoad(() => Promise.all([waitingChildren(), waitingFamilies()]), []);
  const readsDetails = READS_DETAILS.includes(session.identity.role);
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
        <div className="table--responsive-scroll" tabIndex={0} role="group" aria-labelledby="waiting-children">
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t('children.label')}</th>
                <th scope="col">{t('children.age')}</th>
                <th scope="col">{t('waiting.days')}</th>
                <th scope="col">{t('waitingReason.heading')}</th>
              </tr>
            </thead>
            <tbody data-testid="waiting-children">
              {children.items.map((child) => (
                <tr key={child.journeyId}>
                  <td>
                    {readsDetails ? <Link to={`/journeys/${encodeURIComponent(child.journeyId)}`}>{child.childLabel}</Link> : child.childLabel}
                    {coordinator && (
                      <>
                        {' · '}
                        <Link to={`/journeys/${encodeURIComponent(child.journeyId)}/matching`}>{t('waitingReason.findFamily')}</Link>
                      </>
                    )}
                  </td>
                  <td>{child.childAge}</td>
                  <td>
                    {child.daysWaited} {child.escalated && <span className="badge badge-error">{t('waiting.escalated')}</span>}
                  </td>
                  <td>
                    {t(`waitingReason.child.${child.reason}`)}
                    {readsDetails && child.proposedFamilyId && (
                      <>
                        {' '}
                        <Link to={`/families/${encodeURIComponent(child.proposedFamilyId)}`}>{t('waitingReason.proposedFamily')}</Link>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="waiting-families">
        <h2 id="waiting-families">{t('waiting.families')}</h2>
        <div className="table--responsive-scroll" tabIndex={0} role="group" aria-labelledby="waiting-families">
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t('families.name')}</th>
                <th scope="col">{t('families.district')}</th>
                <th scope="col">{t('families.freePlaces')}</th>
                <th scope="col">{t('waiting.days')}</th>
                <th scope="col">{t('waitingReason.heading')}</th>
              </tr>
            </thead>
            <tbody data-testid="waiting-families">
              {families.items.map((family) => (
                <tr key={family.familyId}>
                  <td>{readsDetails ? <Link to={`/families/${encodeURIComponent(family.familyId)}`}>{family.displayName}</Link> : family.displayName}</td>
                  <td>{family.homeDistrict ?? '–'}</td>
                  <td>{family.freeCapacity}</td>
                  <td>
                    {family.daysWaited} {family.flaggedLongWait && <span className="badge badge-error">{t('families.longWait')}</span>}
                  </td>
                  <td>{t(`waitingReason.family.${family.reason}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
