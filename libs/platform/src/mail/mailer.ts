import { createTransport } from 'nodemailer';

export interface MailMessage {
  to: string;
  /** Recipients who must not see each other (one e-mail to several people). */
  bcc?: string[];
  subject: string;
  text: string;
}

/** Sends one e-mail; rejects when the relay refuses or cannot be reached, so callers can retry. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** A mailer on the SMTP relay at `smtpUrl`, or null when e-mail is off (no SMTP_URL). */
export function createMailer(smtpUrl: string | undefined, from: string): Mailer | null {
  if (!smtpUrl) return null;
  // A relay that is down must fail the attempt quickly; the sender retries with backoff.
  const url = new URL(smtpUrl);
  for (const [name, value] of Object.entries({ connectionTimeout: '5000', greetingTimeout: '5000', socketTimeout: '10000' })) {
    if (!url.searchParams.has(name)) url.searchParams.set(name, value);
  }
  const transport = createTransport(url.toString());
  return {
    async send(message) {
      await transport.sendMail({ from, to: message.to, bcc: message.bcc, subject: message.subject, text: message.text });
    },
    close() {
      transport.close();
    },
  };
}
