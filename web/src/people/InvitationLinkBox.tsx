import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonInvited } from '../api/people-endpoints';
import { formatDate } from '../format';

/** The new invitation link, shown once, ready to copy and pass on by hand; says whether it also went by e-mail. */
export function InvitationLinkBox({ invited, name }: { invited: PersonInvited; name: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  if (!invited.invitationUrl) {
    return (
      <p className="notice notice-ok" role="status">
        {t('people.linkNotNeeded', { name })}
      </p>
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
    <div className="notice notice-ok invitation-link" role="status" data-testid="invitation-link">
      <p>
        <strong>{t('people.invited', { name })}</strong>{' '}
        {invited.emailed ? t('people.emailed') : t('people.notEmailed')}
      </p>
      <label className="field">
        <span>{t('people.link', { date: formatDate(invited.expiresAt) })}</span>
        <input type="text" readOnly value={url} onFocus={(e) => e.target.select()} />
      </label>
      <button type="button" onClick={() => void copy()}>
        {t('people.copy')}
      </button>{' '}
      {copied && <span>{t('people.copied')}</span>}
    </div>
  );
}
