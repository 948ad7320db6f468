import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestToken } from '../api/endpoints';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { changeLanguage } from '../i18n';
import { sessionEndedReason, signIn } from '../session';

export function SignInPage() {
  const { t, i18n } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const other = i18n.language.startsWith('en') ? 'da' : 'en';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const answer = await requestToken(username, password);
      signIn({ accessToken: answer.accessToken, identity: answer.identity });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="main" className="sign-in">
      <h1>{t('signIn.title')}</h1>
      <p>{t('signIn.intro')}</p>
      {sessionEndedReason() && (
        <p className="notice" role="status">
          {t(`refusal.${sessionEndedReason()}`)}
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <Field label={t('signIn.username')}>
          {(props) => (
            <input {...props} name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} required />
          )}
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
        <button type="submit" disabled={busy}>
          {t('signIn.submit')}
        </button>
      </form>
      <p className="hint">{t('signIn.demoHint')}</p>
      <button type="button" className="link-button" lang={other} onClick={() => changeLanguage(other)}>
        {t('common.otherLanguage')}
      </button>
    </main>
  );
}
