import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { VenskabConfig } from '@venskab/platform/config/config';
import { createMailer, Mailer } from '@venskab/platform/mail/mailer';
import { VENSKAB_CONFIG } from '../config/config.module';

const DANISH_DATE = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Copenhagen' });

/** The invitation e-mail in Danish: the person's name, the link and when it expires; never anything about a child. */
export function invitationMail(displayName: string, invitationUrl: string, expiresAt: Date): { subject: string; text: string } {
  return {
    subject: 'Invitation til Venskab',
    text: [
      `Hej ${displayName}`,
      '',
      'Du er inviteret til Venskab. Åbn linket og vælg din adgangskode:',
      invitationUrl,
      '',
      `Linket kan bruges én gang og udløber ${DANISH_DATE.format(expiresAt)}.`,
      'Har du ikke ventet denne e-mail, kan du se bort fra den.',
      '',
      'Venlig hilsen',
      'Venskab',
    ].join('\n'),
  };
}

/** Sends invitations when e-mail is on (SMTP_URL); a failure is logged and reported, never fatal. */
@Injectable()
export class InvitationMailer implements OnApplicationShutdown {
  private readonly logger = new Logger(InvitationMailer.name);
  private readonly mailer: Mailer | null;

  constructor(@Inject(VENSKAB_CONFIG) config: VenskabConfig) {
    this.mailer = createMailer(config.smtpUrl, config.mailFrom);
  }

  /** Whether the e-mail was handed to the relay. */
  async send(to: string | null, displayName: string, invitationUrl: string, expiresAt: Date): Promise<boolean> {
    if (!this.mailer || !to) return false;
    try {
      await this.mailer.send({ to, ...invitationMail(displayName, invitationUrl, expiresAt) });
      return true;
    } catch (error) {
      this.logger.warn(`invitation e-mail not sent: ${(error as Error).message}`);
      return false;
    }
  }

  onApplicationShutdown(): void {
    this.mailer?.close();
  }
}
