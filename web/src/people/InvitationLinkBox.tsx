import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonInvited } from '../api/people-endpoints';
import { Alert } from '../components/ErrorNotice';
import { formatDate } from '../format';

/** The new invitation link, shown once, ready to copy and pass on by hand; says whether it also went by e-mail. */
export function InvitationLinkBox({ invited, name }: { invited: PersonInvited; name: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  if (!invited.invitationUrl) {
    return (
      <Alert variant="success">
        <p>{t('people.linkNotNeeded', { name })}</p>
      </Alert>
    );
  }
  const url = invited.invitationUrl;

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <Alert variant="success" heading={t('people.invited', { name })} testId="invitation-link">
      <p>{invited.emailed ? t('people.emailed') : t('people.notEmailed')}</p>
      <div className="form-group invitation-link">
        <label className="form-label" htmlFor="invitation-url">
          {t('people.link', { date: formatDate(invited.expiresAt) })}
        </label>
        <input id="invitation-url" className="form-input" type="text" readOnly value={url} onFocus={(e) => e.target.select()} />
      </div>
      <p>
        <button type="button" className="button button-secondary" onClick={() => void copy()}>
          {t('people.copy')}
        </button>{' '}
        {copied && <span>{t('people.copied')}</span>}
      </p>
    </Alert>
  );
}
