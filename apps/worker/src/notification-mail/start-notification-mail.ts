import { DataSource } from 'typeorm';
import { ConfigError, VenskabConfig } from '@venskab/platform/config/config';
import type { Logger } from '@venskab/platform/logging/logger';
import { createMailer } from '@venskab/platform/mail/mailer';
import { NotificationMailSender } from './notification-mail-sender';

export const DEFAULT_NOTIFICATION_MAIL_INTERVAL_SECONDS = 5;

/** NOTIFICATION_MAIL_INTERVAL_SECONDS: how often the worker looks for notifications to e-mail (default 5). */
export function notificationMailIntervalMs(env: Record<string, string | undefined> = process.env): number {
  const raw = env.NOTIFICATION_MAIL_INTERVAL_SECONDS;
  if (raw === undefined || raw === '') return DEFAULT_NOTIFICATION_MAIL_INTERVAL_SECONDS * 1000;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new ConfigError(`NOTIFICATION_MAIL_INTERVAL_SECONDS must be a positive number of seconds, got "${raw}"`);
  }
  return seconds * 1000;
}

export interface RunningNotificationMail {
  stop(): Promise<void>;
}

/** Starts e-mailing notifications when e-mail is on (SMTP_URL); null when off: rows then stay unsent, inbox only. */
export function startNotificationMail(
  config: Pick<VenskabConfig, 'smtpUrl' | 'mailFrom' | 'publicUrl'>,
  dataSource: DataSource,
  logger: Logger,
  intervalMs: number,
): RunningNotificationMail | null {
  const mailer = createMailer(config.smtpUrl, config.mailFrom);
  if (!mailer) return null;
  const sender = new NotificationMailSender({ dataSource, mailer, from: config.mailFrom, publicUrl: config.publicUrl, intervalMs, logger });
  sender.start();
  return {
    async stop() {
      await sender.stop();
      mailer.close();
    },
  };
}
