import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { listNotifications, markAllNotificationsRead, markNotificationRead, NotificationItem } from '../api/people-endpoints';
import { ErrorNotice, Loading } from '../components/ErrorNotice';
import { formatDateTime } from '../format';
import { useLoad } from '../hooks';
import { refreshUnreadCount } from '../people/UnreadBadge';

const PAGE_SIZE = 50;

/** Where a notification leads: the child's journey, else the family. */
function targetOf(item: NotificationItem): string | null {
  if (item.journeyId) return `/journeys/${encodeURIComponent(item.journeyId)}`;
  if (item.familyId) return `/families/${encodeURIComponent(item.familyId)}`;
  return null;
}

/** The person's inbox: what happened that concerns them, newest first; opening one marks it read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [offset, setOffset] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const page = useLoad(() => listNotifications({ limit: PAGE_SIZE, offset }), [offset]);

  async function open(item: NotificationItem) {
    try {
      if (!item.read) await markNotificationRead(item.notificationId);
      refreshUnreadCount();
      const target = targetOf(item);
      if (target) navigate(target);
      else page.reload();
    } catch (caught) {
      setError(caught);
    }
  }

  async function readAll() {
    try {
      await markAllNotificationsRead();
      refreshUnreadCount();
      page.reload();
    } catch (caught) {
      setError(caught);
    }
  }

  if (page.loading && !page.data) return <Loading />;
  if (!page.data) return <ErrorNotice error={page.error} />;
  const { items, total, unread } = page.data;
  const kindText = (item: NotificationItem) => {
    const kind = t(`notification.kind.${item.kind}`, { defaultValue: t(`event.${item.kind}`, { defaultValue: item.kind }) });
    return item.reminderKind ? `${kind}: ${t(`taskKind.${item.reminderKind}`, { defaultValue: '' })}` : kind;
  };
  return (
    <div className="narrow inbox">
      <h1>{t('inbox.title')}</h1>
      <p>{t('inbox.unreadSummary', { count: unread })}</p>
      <ErrorNotice error={error} />
      {unread > 0 && (
        <button type="button" className="button button-secondary" onClick={() => void readAll()}>
          {t('inbox.readAll')}
        </button>
      )}
      {items.length === 0 ? (
        <p>{t('inbox.empty')}</p>
      ) : (
        <ul className="bordered-list no-max-width inbox-list" data-testid="notifications">
          {items.map((item) => (
            <li key={item.notificationId} className={item.read ? 'read' : 'unread'}>
              <button type="button" className="inbox-item" onClick={() => void open(item)}>
                <span className="inbox-kind">
                  {!item.read && <span className="badge badge-info">{t('inbox.unread')}</span>} {kindText(item)}
                </span>
                <span className="inbox-about">
                  {(item.childLabel ?? item.familyName) && <>{item.childLabel ?? item.familyName} · </>}
                  <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
                  {item.read && <span className="visually-hidden"> · {t('inbox.read')}</span>}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {total > PAGE_SIZE && (
        <p className="links">
          {offset > 0 && (
            <button type="button" className="button button-secondary" onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
              {t('inbox.newer')}
            </button>
          )}
          {offset + PAGE_SIZE < total && (
            <button type="button" className="button button-secondary" onClick={() => setOffset(offset + PAGE_SIZE)}>
              {t('inbox.older')}
            </button>
          )}
        </p>
      )}
    </div>
  );
}
