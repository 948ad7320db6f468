import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One e-mail as the relay received it: whom the envelope was for (Bcc included) and what it said. */
export interface ReceivedMail {
  envelopeTo: string[];
  /** The visible To header. */
  to: string;
  subject: string;
  text: string;
}

/**
 * A real SMTP relay on 127.0.0.1 (no TLS, no sign-in) that keeps every e-mail it accepts. It can
 * be stopped and started again on the same port, as a relay that is down for a while.
 */
export class SmtpSink {
  readonly mails: ReceivedMail[] = [];
  private server: SMTPServer | null = null;
  private port = 0;

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** The e-mails whose envelope included `address`. */
  mailsTo(address: string): ReceivedMail[] {
    return this.mails.filter((mail) => mail.envelopeTo.includes(address.toLowerCase()));
  }

  /** Listens on a free port the first time, then on the same port again. */
  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, callback) => {
        simpleParser(stream).then((parsed) => {
          this.mails.push({
            envelopeTo: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
            to: parsed.to ? [parsed.to].flat().map((address) => address.text).join(', ') : '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
          });
          callback();
        }, callback);
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
