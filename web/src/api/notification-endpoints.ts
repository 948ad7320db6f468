import { api, ApiError } from './client';

/** One notification as GET /notifications lists it for the caller. */
export interface NotificationItem {
  notificationId: string;
  /** The domain event type, e.g. ConcernAssessed or ReminderFired. */
  kind: string;
  /** The task kind, for a reminder. */
  reminderKind?: string;
  journeyId?: string;
  familyId?: string;
  childLabel?: string;
  familyName?: string;
  createdAt: string;
  read: boolean;
}

export interface NotificationPage {
  items: NotificationItem[];
  total: number;
  unread: number;
}

/** The caller's unread notifications; null where the API has no inbox (404), so the page shows nothing. */
export async function unreadNotifications(): Promise<NotificationItem[] | null> {
  try {
    return (await api<NotificationPage>('GET', '/notifications?unread=true')).items;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}
