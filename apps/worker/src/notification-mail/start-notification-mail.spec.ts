import { ConfigError } from '@venskab/platform/config/config';
import { notificationMailIntervalMs } from './start-notification-mail';

describe('notificationMailIntervalMs', () => {
  it('looks every 5 seconds unless NOTIFICATION_MAIL_INTERVAL_SECONDS says otherwise', () => {
    expect(notificationMailIntervalMs({})).toBe(5000);
    expect(notificationMailIntervalMs({ NOTIFICATION_MAIL_INTERVAL_SECONDS: '0.5' })).toBe(500);
  });

  it('refuses an interval that is not a positive number', () => {
    expect(() => notificationMailIntervalMs({ NOTIFICATION_MAIL_INTERVAL_SECONDS: '0' })).toThrow(ConfigError);
    expect(() => notificationMailIntervalMs({ NOTIFICATION_MAIL_INTERVAL_SECONDS: 'often' })).toThrow(ConfigError);
  });
});
