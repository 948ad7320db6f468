import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestToken } from '../api/endpoints';
import type { Session } from '../session';
import { ErrorNotice } from './ErrorNotice';
import { Field } from './Field';

/** Username and password; hands the new session to `onSignedIn` (the page or the dialog decides what follows). */
export function SignInForm({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const answer = await requestToken(username, password);
      onSignedIn({ accessToken: answer.accessToken, identity: answer.identity });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Field label={t('signIn.username')}>
        {(props) => <input {...props} name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} required />}
      </Field>
      <Field label={t('signIn.password')}>
        {(props) => (
          <input
            {...props}
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        )}
      </Field>
      <ErrorNotice error={error} />
      <button type="submit" className="button button-primary" disabled={busy}>
        {t('signIn.submit')}
      </button>
    </form>
  );
}
