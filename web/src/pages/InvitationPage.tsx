import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { ApiError } from '../api/client';
import { acceptInvitation, getInvitation } from '../api/people-endpoints';
import { Alert, ErrorNotice, Loading } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { formatDate } from '../format';
import { useLoad } from '../hooks';
import { homeOf } from '../navigation';
import { PASSWORD_LIMITS, passwordProblems } from '../people/password-check';
import { signIn } from '../session';

/** The invitation's refusals the person can act on, each with its own advice. */
const INVITATION_CODES = ['invitation_unknown', 'invitation_expired', 'invitation_used'] as const;

function invitationCode(error: unknown): (typeof INVITATION_CODES)[number] | null {
  const code = error instanceof ApiError ? error.code : undefined;
  return INVITATION_CODES.find((known) => known === code) ?? null;
}

/**
 * Where an invitation link leads (/invitation#<token>; the token stays in the fragment, so it never
 * reaches a server's logs): greets the person, lets them choose a password, signs them in.
 */
export function InvitationPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const token = decodeURIComponent(location.hash.replace(/^#/, ''));
  const invitation = useLoad(() => (token ? getInvitation(token) : Promise.reject(new ApiError(404, 'invitation_unknown', '', {}, []))), [token]);
  const [password, setPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const problems = passwordProblems(password, repeated);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (problems.length > 0) return;
    setBusy(true);
    try {
      const answer = await acceptInvitation(token, password);
      signIn({ accessToken: answer.accessToken, identity: answer.identity });
      navigate(homeOf(answer.identity.role), { replace: true });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  if (invitation.loading && !invitation.data) return <div className="invitation"><Loading /></div>;
  const refused = invitationCode(invitation.error) ?? invitationCode(error);
  if (!invitation.data || refused) {
    return (
      <div className="invitation">
        <h1>{t('invitation.title')}</h1>
        {refused ? (
          <Alert variant="error">
            <p>{t(`invitation.refused.${refused}`)}</p>
          </Alert>
        ) : (
          <ErrorNotice error={invitation.error} />
        )}
        <p>
          <Link to="/" className="button button-primary">
            {t('invitation.toSignIn')}
          </Link>
        </p>
      </div>
    );
  }

  const { displayName, role, expiresAt } = invitation.data;
  const shownProblems = touched || password.length > 0 ? problems : [];
  const lengthProblems = shownProblems.filter((problem) => problem.key !== 'invitation.notSame').map((problem) => t(problem.key, problem.values));
  const sameProblem = repeated.length > 0 || touched ? shownProblems.filter((problem) => problem.key === 'invitation.notSame').map((problem) => t(problem.key)) : [];
  return (
    <div className="invitation">
      <h1>{t('invitation.welcome', { name: displayName })}</h1>
      <p>{t('invitation.intro', { role: t(`role.${role}`) })}</p>
      <p className="hint">{t('invitation.validUntil', { date: formatDate(expiresAt) })}</p>
      <form onSubmit={submit} noValidate>
        <Field label={t('invitation.password')} hint={t('invitation.passwordHint', { min: PASSWORD_LIMITS.minLength, max: PASSWORD_LIMITS.maxLength })} errors={lengthProblems}>
          {(props) => (
            <input
              {...props}
              name="new-password"
              type="password"
              autoComplete="new-password"
              maxLength={PASSWORD_LIMITS.maxLength}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('invitation.repeat')} errors={sameProblem}>
          {(props) => (
            <input
              {...props}
              name="repeat-password"
              type="password"
              autoComplete="new-password"
              maxLength={PASSWORD_LIMITS.maxLength}
              value={repeated}
              onChange={(e) => setRepeated(e.target.value)}
            />
          )}
        </Field>
        {password.length > 0 && problems.length === 0 && (
          <Alert variant="success">
            <p>{t('invitation.ready')}</p>
          </Alert>
        )}
        <ErrorNotice error={error} />
        <button type="submit" className="button button-primary wide" disabled={busy}>
          {t('invitation.submit')}
        </button>
      </form>
    </div>
  );
}
