import { useTranslation } from 'react-i18next';
import type { PersonRole } from '@venskab/domain/people/people-rules';
import { managedRoles } from '@venskab/domain/people/people-rules';
import { listFamilies, listJourneys } from '../api/endpoints';
import { listPeople, Person } from '../api/people-endpoints';
import { ErrorNotice, Loading } from '../components/ErrorNotice';
import { useLoad } from '../hooks';
import { InviteForm } from '../people/InviteForm';
import { PeopleList } from '../people/PeopleList';
import { useSession } from '../session';

/** A family's adult is invited from the family's page, where the family is known. */
const INVITED_ELSEWHERE: readonly PersonRole[] = ['volunteer_family'];

/**
 * The accounts a coordinator (families' adults, parents) or a programme manager (staff) looks after:
 * who is invited, active or closed, and inviting someone new.
 */
export function PeoplePage() {
  const { t } = useTranslation();
  const role = useSession()!.identity.role;
  const roles = managedRoles(role);
  const forFamilies = roles.includes('volunteer_family') || roles.includes('parent');
  const data = useLoad(async () => {
    const [people, families, journeys] = await Promise.all([
      listPeople(),
      forFamilies ? listFamilies().catch(() => null) : null,
      forFamilies ? listJourneys().catch(() => null) : null,
    ]);
    return { people: people.items, families: families?.items ?? [], journeys: journeys?.items ?? [] };
  }, [role]);

  if (roles.length === 0) return <p>{t('error.forbidden')}</p>;
  if (data.loading && !data.data) return <Loading />;
  if (!data.data) return <ErrorNotice error={data.error} />;
  const { people, families, journeys } = data.data;
  const familyName = new Map(families.map((family) => [family.familyId, family.displayName]));
  const childLabel = new Map(journeys.map((journey) => [journey.journeyId, journey.childLabel]));
  const describe = (person: Person): string | null => {
    if (person.familyId) return familyName.get(person.familyId) ?? null;
    const labels = person.journeyIds.map((id) => childLabel.get(id)).filter(Boolean);
    return labels.length > 0 ? t('people.parentOf', { children: labels.join(', ') }) : null;
  };
  const invitable = roles.filter((candidate) => !INVITED_ELSEWHERE.includes(candidate));
  const groups = forFamilies ? roles.map((groupRole) => ({ key: groupRole, title: t(`people.group.${groupRole}`), people: people.filter((person) => person.role === groupRole) })) : [{ key: 'staff', title: t('people.group.staff'), people }];

  return (
    <>
      <h1>{t('people.title')}</h1>
      <p>{t(forFamilies ? 'people.introFamilies' : 'people.introStaff')}</p>
      <ErrorNotice error={data.error} />
      <details className="details action">
        <summary className="details-summary" id="invite-heading">{t('people.inviteTitle')}</summary>
        <div className="details-text">
          {roles.includes('volunteer_family') && <p className="hint">{t('people.familyAdultsElsewhere')}</p>}
          <InviteForm
            roles={invitable}
            headingId="invite-heading"
            childChoices={journeys.map((journey) => ({ journeyId: journey.journeyId, label: journey.childLabel }))}
            onInvited={data.reload}
          />
        </div>
      </details>
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`people-${group.key}`}>
          <h2 id={`people-${group.key}`}>
            {group.title} <span className="count">({group.people.length})</span>
          </h2>
          <PeopleList people={group.people} describe={describe} onChanged={data.reload} testId={`people-${group.key}`} />
        </section>
      ))}
    </>
  );
}
