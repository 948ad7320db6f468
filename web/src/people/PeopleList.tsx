import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deactivatePerson, newInvitation, Person, PersonInvited, signOutEverywhere } from '../api/people-endpoints';
import { Alert, ErrorNotice } from '../components/ErrorNotice';
import { ConfirmButton } from './ConfirmButton';
import { InvitationLinkBox } from './InvitationLinkBox';
import { PersonState } from './PersonState';

/** People as cards (a phone shows them one under the other), each with what may be done about the account. */
export function PeopleList({
  people,
  onChanged,
  testId,
  describe = () => null,
}: {
  people: Person[];
  onChanged: () => void;
  testId?: string;
  /** What the person is tied to, in words (the family's name, the child's label). */
  describe?: (person: Person) => string | null;
}) {
  const { t } = useTranslation();
  if (people.length === 0) return <p>{t('people.none')}</p>;
  return (
    <ul className="unstyled-list no-max-width cards" data-testid={testId}>
      {people.map((person) => (
        <PersonCard key={person.personId} person={person} context={describe(person)} onChanged={onChanged} />
      ))}
    </ul>
  );
}

function PersonCard({ person, context, onChanged }: { person: Person; context: string | null; onChanged: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [invited, setInvited] = useState<PersonInvited | null>(null);

  /** Runs one account action; doneText (empty for none) confirms it. */
  async function act(action: () => Promise<unknown>, doneText: string) {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await action();
      setDone(doneText);
      onChanged();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="tile person">
      <h3>
        {person.displayName} <PersonState person={person} />
      </h3>
      <p>
        {t(`role.${person.role}`)}
        {context && <> · {context}</>}
        {person.unit && <> · {person.unit}</>}
        {person.email && <> · {person.email}</>}
      </p>
      {invited && <InvitationLinkBox invited={invited} name={person.displayName} />}
      {done && (
        <Alert variant="success">
          <p>{done}</p>
        </Alert>
      )}
      <ErrorNotice error={error} />
      {person.active && (
        <div className="person-actions">
          {!person.hasPassword && (
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() => void act(async () => setInvited(await newInvitation(person.personId)), '')}
            >
              {t('people.newLink')}
            </button>
          )}
          {person.hasPassword && (
            <ConfirmButton
              label={t('people.signOutEverywhere')}
              question={t('people.signOutEverywhereQuestion', { name: person.displayName })}
              confirmLabel={t('people.signOutEverywhereConfirm')}
              disabled={busy}
              onConfirm={() => void act(() => signOutEverywhere(person.personId), t('people.signedOutEverywhere', { name: person.displayName }))}
            />
          )}
          <ConfirmButton
            label={t('people.deactivate')}
            question={t('people.deactivateQuestion', { name: person.displayName })}
            confirmLabel={t('people.deactivateConfirm')}
            disabled={busy}
            onConfirm={() => void act(() => deactivatePerson(person.personId), t('people.deactivated', { name: person.displayName }))}
          />
        </div>
      )}
    </li>
  );
}
