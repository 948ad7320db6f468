import { useTranslation } from 'react-i18next';
import type { PersonRole } from '@venskab/domain/people/people-rules';
import { listPeople } from '../api/people-endpoints';
import { ErrorNotice, Loading } from '../components/ErrorNotice';
import { useLoad } from '../hooks';
import { InviteForm } from './InviteForm';
import { PeopleList } from './PeopleList';

/**
 * The people tied to one family (its adults) or one child (the custody holders): who has an account,
 * and a form to invite another. Used on the family's and the journey's pages.
 */
export function LinkedPeopleSection({ role, link, title, inviteTitle, testId }: { role: PersonRole; link: { familyId: string } | { journeyId: string }; title: string; inviteTitle: string; testId: string }) {
  const { t } = useTranslation();
  const key = 'familyId' in link ? link.familyId : link.journeyId;
  const people = useLoad(() => listPeople(link), [key]);
  const headingId = `${testId}-heading`;
  const inviteId = `${testId}-invite`;
  return (
    <section aria-labelledby={headingId} data-testid={testId}>
      <h2 id={headingId}>{title}</h2>
      {people.loading && !people.data ? <Loading /> : <ErrorNotice error={people.error} />}
      {people.data && <PeopleList people={people.data.items.filter((person) => person.role === role)} onChanged={people.reload} />}
      <details className="details action">
        <summary className="details-summary" id={inviteId}>{inviteTitle}</summary>
        <div className="details-text">
          <p className="hint">{t('people.inviteExplained')}</p>
          <InviteForm roles={[role]} link={link} headingId={inviteId} onInvited={people.reload} />
        </div>
      </details>
    </section>
  );
}
