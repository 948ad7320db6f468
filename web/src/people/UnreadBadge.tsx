import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { unreadNotificationCount } from '../api/people-endpoints';

const REFRESH_MS = 60_000;
const CHANGED_EVENT = 'venskab:unread-changed';

/** Tells the header's count to ask again at once (after a notification was marked read). */
export function refreshUnreadCount(): void {
  window.dispatchEvent(new Event(CHANGED_EVENT));
}

/** The header's link to the inbox with the number of unread notifications, asked on each navigation and every minute. */
export function UnreadBadge() {
  const { t } = useTranslation();
  const location = useLocation();
  const [unread, setUnread] = useState<number | null>(null);

  useEffect(() => {
    let current = true;
    const ask = () =>
      unreadNotificationCount()
        .then((answer) => current && setUnread(answer.unread))
        .catch(() => current && setUnread(null));
    void ask();
    const timer = window.setInterval(() => void ask(), REFRESH_MS);
    window.addEventListener(CHANGED_EVENT, ask);
    return () => {
      current = false;
      window.clearInterval(timer);
      window.removeEventListener(CHANGED_EVENT, ask);
    };
  }, [location.pathname]);

  // The count is part of the link's text, so what is seen is what a screen reader says.
  return (
    <Link to="/notifications" className="inbox-link">
      {t('inbox.link')}
      {unread ? (
        <span className="badge badge-info">
          {' '}
          {t('inbox.newCount', { count: unread })}
        </span>
      ) : null}
    </Link>
  );
}
