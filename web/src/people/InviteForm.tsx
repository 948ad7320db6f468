import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonRole } from '@venskab/domain/people/people-rules';
import { isStaff, PERSON_LIMITS } from '@venskab/domain/people/people-rules';
import { createPerson, PersonInvited } from '../api/people-endpoints';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { InvitationLinkBox } from './InvitationLinkBox';
import { useServerProblems } from '../journey/use-server-problems';

interface Draft {
  displayName: string;
  email: string;
  username: string;
  unit: string;
  role: PersonRole;
  journeyId: string;
}

export interface ChildChoice {
  journeyId: string;
  label: string;
}

/**
 * Invites one person: name, e-mail (or a user name for someone without e-mail), role among those the
 * caller may create, and — for staff — their unit. A family's adult or a parent is tied to the
 * family or child the form sits on.
 */
export function InviteForm({
  roles,
  link = {},
  childChoices = [],
  headingId,
  onInvited,
}: {
  roles: readonly PersonRole[];
  link?: { familyId?: string; journeyId?: string };
  /** Where the form sits on no child's page: the children a parent may be invited for. */
  childChoices?: ChildChoice[];
  headingId: string;
  onInvited: () => void;
}) {
  const { t } = useTranslation();
  const empty: Draft = { displayName: '', email: '', username: '', unit: '', role: roles[0], journeyId: '' };
  const [draft, setDraft] = useState<Draft>(empty);
  const [checked, setChecked] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const server = useServerProblems(error);
  /** A change also clears the server's problems with the changed fields. */
  const edit = (change: Partial<Draft>) => {
    setDraft({ ...draft, ...change });
    Object.keys(change).forEach(server.fieldChanged);
  };
  const [invited, setInvited] = useState<{ answer: PersonInvited; name: string } | null>(null);

  const nameMissing = draft.displayName.trim() === '';
  const reachMissing = draft.email.trim() === '' && draft.username.trim() === '';
  const choosesChild = draft.role === 'parent' && !link.journeyId;
  const childMissing = choosesChild && draft.journeyId === '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (nameMissing || reachMissing || childMissing) return;
    setBusy(true);
    try {
      const answer = await createPerson({
        displayName: draft.displayName.trim(),
        role: draft.role,
        ...(draft.email.trim() ? { email: draft.email.trim() } : {}),
        ...(draft.username.trim() ? { username: draft.username.trim() } : {}),
        ...(isStaff(draft.role) && draft.unit.trim() ? { unit: draft.unit.trim() } : {}),
        ...(choosesChild ? { journeyId: draft.journeyId } : {}),
        ...link,
      });
      setInvited({ answer, name: draft.displayName.trim() });
      setDraft(empty);
      setChecked(false);
      setError(null);
      onInvited();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={headingId} className="invite-form">
      {invited && <InvitationLinkBox invited={invited.answer} name={invited.name} />}
      <Field label={t('people.name')} errors={checked && nameMissing ? [t('people.nameMissing')] : server.errorsOf('displayName')}>
        {(props) => (
          <input {...props} name="displayName" autoComplete="off" maxLength={PERSON_LIMITS.displayName.maxLength} value={draft.displayName} onChange={(e) => edit({ displayName: e.target.value })} />
        )}
      </Field>
      <Field label={t('people.email')} hint={t('people.emailHint')} errors={checked && reachMissing ? [t('people.reachMissing')] : server.errorsOf('email')}>
        {(props) => (
          <input {...props} name="email" type="email" autoComplete="off" inputMode="email" maxLength={PERSON_LIMITS.email.maxLength} value={draft.email} onChange={(e) => edit({ email: e.target.value })} />
        )}
      </Field>
      <Field label={`${t('people.username')} ${t('common.optional')}`} hint={t('people.usernameHint')} errors={server.errorsOf('username')}>
        {(props) => (
          <input {...props} name="username" autoComplete="off" maxLength={PERSON_LIMITS.username.maxLength} value={draft.username} onChange={(e) => edit({ username: e.target.value })} />
        )}
      </Field>
      {roles.length > 1 && (
        <Field label={t('people.role')} select>
          {(props) => (
            <select {...props} name="role" value={draft.role} onChange={(e) => edit({ role: e.target.value as PersonRole })}>
              {roles.map((role) => (
                <option key={role} value={role}>
                  {t(`role.${role}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {choosesChild && (
        <Field label={t('people.child')} errors={checked && childMissing ? [t('people.childMissing')] : server.errorsOf('journeyId')} select>
          {(props) => (
            <select {...props} name="journeyId" value={draft.journeyId} onChange={(e) => edit({ journeyId: e.target.value })}>
              <option value="">{t('common.choose')}</option>
              {childChoices.map((child) => (
                <option key={child.journeyId} value={child.journeyId}>
                  {child.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {isStaff(draft.role) && (
        <Field label={`${t('people.unit')} ${t('common.optional')}`} errors={server.errorsOf('unit')}>
          {(props) => <input {...props} name="unit" maxLength={PERSON_LIMITS.unit.maxLength} value={draft.unit} onChange={(e) => edit({ unit: e.target.value })} />}
        </Field>
      )}
      <ErrorNotice error={error} />
      <button type="submit" className="button button-primary" disabled={busy}>
        {t('people.invite')}
      </button>
    </form>
  );
}
