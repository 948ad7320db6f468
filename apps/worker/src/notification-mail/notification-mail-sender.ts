import { DataSource, EntityManager } from 'typeorm';
import { emailRetryDelayMs, notificationEmail, rolesNotifiedAsAWhole } from '@venskab/domain/notifications';
import type { Logger } from '@venskab/platform/logging/logger';
import type { Mailer } from '@venskab/platform/mail/mailer';
import { CLAIM_DUE_NOTIFICATIONS_SQL, MARK_FAILED_SQL, MARK_SENT_SQL, MARK_UNADDRESSED_SQL, RECIPIENT_ADDRESSES_SQL } from './outbox-sql';

export interface NotificationMailSenderOptions {
  dataSource: DataSource;
  mailer: Mailer;
  /** The From address: the e-mail's visible To, as everyone it reaches is in Bcc. */
  from: string;
  publicUrl: string;
  intervalMs: number;
  /** Rows claimed in one pass. */
  batchSize?: number;
  logger: Logger;
}

const DEFAULT_BATCH_SIZE = 20;
/** Enough of the relay's answer to see what went wrong, never a whole transcript. */
const MAX_ERROR_LENGTH = 500;

type Outcome = 'sent' | 'unaddressed' | 'failed';

/**
 * E-mails the outbox's notifications, in the worker process: one e-mail per row to everyone it
 * reaches (in Bcc), saying only that something new waits. At least once: a row is marked sent
 * after the relay took the e-mail, in the transaction that claimed it; once marked it is never
 * sent again. A failure is retried after a growing wait (the domain's backoff).
 */
export class NotificationMailSender {
  private timer: NodeJS.Timeout | undefined;
  private pass: Promise<void> | undefined;
  private stopped = false;
  private readonly email: { subject: string; text: string };

  constructor(private readonly options: NotificationMailSenderOptions) {
    this.email = notificationEmail(options.publicUrl);
  }

  start(): void {
    const tick = () => {
      this.pass = this.runOnce().then(
        () => undefined,
        (error: unknown) => this.options.logger.warn({ err: error }, 'sending notification e-mails failed; retrying next interval'),
      );
      void this.pass.then(() => {
        if (!this.stopped) this.timer = setTimeout(tick, this.options.intervalMs);
      });
    };
    tick();
  }

  /** One pass over the due rows; answers how many it handled. */
  runOnce(): Promise<number> {
    return this.options.dataSource.transaction(async (manager) => {
      const due: Array<{ notificationId: string; attempts: number }> = await manager.query(CLAIM_DUE_NOTIFICATIONS_SQL, [
        this.options.batchSize ?? DEFAULT_BATCH_SIZE,
      ]);
      const outcomes: Outcome[] = [];
      for (const row of due) outcomes.push(await this.deliver(manager, row.notificationId, row.attempts));
      const sent = outcomes.filter((outcome) => outcome === 'sent').length;
      if (sent > 0) this.options.logger.info({ sent }, 'notification e-mails sent');
      return due.length;
    });
  }

  private async deliver(manager: EntityManager, notificationId: string, attempts: number): Promise<Outcome> {
    const addresses: Array<{ email: string }> = await manager.query(RECIPIENT_ADDRESSES_SQL, [notificationId, rolesNotifiedAsAWhole()]);
    if (addresses.length === 0) {
      await manager.query(MARK_UNADDRESSED_SQL, [notificationId]);
      return 'unaddressed';
    }
    try {
      await this.options.mailer.send({ to: this.options.from, bcc: addresses.map((row) => row.email), ...this.email });
    } catch (error) {
      const failedAttempts = attempts + 1;
      const retryInMs = emailRetryDelayMs(failedAttempts);
      const message = (error instanceof Error ? error.message : String(error)).slice(0, MAX_ERROR_LENGTH);
      await manager.query(MARK_FAILED_SQL, [notificationId, message, retryInMs]);
      this.options.logger.warn({ notificationId, attempts: failedAttempts, retryInMs, error: message }, 'notification e-mail not sent; will retry');
      return 'failed';
    }
    await manager.query(MARK_SENT_SQL, [notificationId]);
    return 'sent';
  }

  /** No new pass starts; a pass under way finishes first, so a claimed row is never left half-done. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.pass;
  }
}
