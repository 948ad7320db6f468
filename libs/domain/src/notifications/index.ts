export { emailRetryDelayMs, FIRST_EMAIL_RETRY_MS, MAX_EMAIL_RETRY_MS } from './email-retry';
export { notificationEmail } from './notification-email';
export type { NotificationEmail } from './notification-email';
export { NOTIFICATION_KINDS } from './notification-kinds';
export type { NotificationKind } from './notification-kinds';
export { NOTIFICATION_REACH, rolesNotifiedAsAWhole } from './notification-reach';
export type { NotificationReach } from './notification-reach';
