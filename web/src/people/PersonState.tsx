import { useTranslation } from 'react-i18next';
import type { Person } from '../api/people-endpoints';
import { formatDate } from '../format';

/** Where a person's account stands, in words: closed, active, invited (until when), or waiting for a new link. */
export function PersonState({ person }: { person: Person }) {
  const { t } = useTranslation();
  if (!person.active) return <span className="badge badge-error">{t('people.state.deactivated')}</span>;
  if (person.hasPassword) return <span className="badge badge-success">{t('people.state.active')}</span>;
  if (person.invitationPending) return <span className="badge">{t('people.state.invited', { date: formatDate(person.invitationExpiresAt) })}</span>;
  return <span className="badge badge-error">{t('people.state.invitationLapsed')}</span>;
}
