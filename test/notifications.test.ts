import { randomUUID } from 'node:crypto';
import type { Identity } from '../apps/api/src/identity/identity';
import { journeyStep } from './support/family-applications';
import { http } from './support/http';
import { eligibleReferral } from './support/referrals';
import { SmtpSink } from './support/smtp-sink';
import { startTestStackWithApi, TestStackWithApi } from './support/test-stack';
import { waitFor } from './support/wait-for';

const PUBLIC_URL = 'https://venskab.example';
const CHILD_LABEL = 'Q.Z.';

interface OutboxRow {
  notification_id: string;
  kind: string;
  recipient_role: string;
  recipient_person_id: string | null;
  sent_at: Date | null;
  attempts: number;
  last_error: string | null;
}

/** A caseworker's notifications reach them by e-mail (through a real SMTP relay) and in their inbox, and nobody else's. */
describe('notifications', () => {
  let stack: TestStackWithApi;
  const sink = new SmtpSink();
  const caseworker: Identity = { userId: `caseworker-${randomUUID().slice(0, 8)}`, role: 'caseworker' };
  const otherCaseworker: Identity = { userId: `caseworker-${randomUUID().slice(0, 8)}`, role: 'caseworker' };
  const email = `${caseworker.userId}@example.dk`;

  const outbox = (journeyId: string): Promise<OutboxRow[]> =>
    stack.dataSource.query(
      `SELECT notification_id, kind, recipient_role, recipient_person_id, sent_at, attempts, last_error
       FROM notification_outbox WHERE journey_id = $1 ORDER BY created_at, notification_id`,
      [journeyId],
    );
  const caseworkerRow = async (journeyId: string, kind: string) =>
    (await outbox(journeyId)).find((row) => row.kind === kind && row.recipient_role === 'caseworker');
  const unreadCount = async (actor: Identity) => (await http(stack.baseUrl, 'GET', '/notifications/unread-count', { actor })).body.unread;
  /** The e-mails to the caseworker stay at `count` a while (no second copy arrives late). */
  const mailsStayAt = async (count: number) => {
    await waitFor(async () => (sink.mailsTo(email).length === count ? true : undefined), 30_000);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(sink.mailsTo(email)).toHaveLength(count);
  };

  async function referredJourney(): Promise<string> {
    const referred = await http(stack.baseUrl, 'POST', '/journeys', { actor: caseworker, body: eligibleReferral({ childLabel: CHILD_LABEL }) });
    expect(referred.status).toBe(201);
    return referred.body.journeyId;
  }

  beforeAll(async () => {
    await sink.start();
    stack = await startTestStackWithApi({ SMTP_URL: sink.url, PUBLIC_URL });
  }, 60_000);
  afterAll(async () => {
    await stack?.stop();
    await sink.stop();
  });

  it('tells the caseworker that consent was withdrawn: one e-mail without the child, and the inbox', async () => {
    const journeyId = await referredJourney();
    await journeyStep(stack.baseUrl, journeyId, 'GiveConsent', { custodyHolders: ['Mother'] }, caseworker);
    // Without an e-mail address the notifications are done at once, for the inbox only.
    for (const kind of ['ChildReferred', 'ConsentGiven']) {
      const row = await waitFor(async () => {
        const found = await caseworkerRow(journeyId, kind);
        return found?.sent_at ? found : undefined;
      });
      expect(row).toMatchObject({ recipient_person_id: caseworker.userId, last_error: 'no_recipient_address' });
    }

    await stack.dataSource.query('UPDATE people SET email = $1 WHERE person_id = $2', [email, caseworker.userId]);
    await journeyStep(stack.baseUrl, journeyId, 'WithdrawConsent', { withdrawnBy: 'custody_holders', reason: 'The mother no longer wants it.' }, caseworker);
    await mailsStayAt(1);
    const [mail] = sink.mailsTo(email);
    expect(mail.subject).toBe('Nyt i Venskab');
    expect(mail.text).toContain(`${PUBLIC_URL}/notifications`);
    expect(mail.text).not.toContain(CHILD_LABEL);
    expect(mail.text).not.toContain(caseworker.userId);
    expect(mail.to).not.toContain(email);
    const withdrawn = await caseworkerRow(journeyId, 'ConsentWithdrawn');
    expect(withdrawn).toMatchObject({ recipient_person_id: caseworker.userId, attempts: 1, last_error: null, sent_at: expect.any(Date) });

    const inbox = await http(stack.baseUrl, 'GET', '/notifications', { actor: caseworker });
    expect(inbox.status).toBe(200);
    expect(inbox.body).toMatchObject({ total: 3, unread: 3 });
    expect(inbox.body.items.map((item: { kind: string }) => item.kind)).toEqual(['ConsentWithdrawn', 'ConsentGiven', 'ChildReferred']);
    expect(inbox.body.items[0]).toEqual({
      notificationId: withdrawn!.notification_id,
      kind: 'ConsentWithdrawn',
      journeyId,
      childLabel: CHILD_LABEL,
      createdAt: expect.any(String),
      read: false,
    });
    expect(await unreadCount(caseworker)).toBe(3);

    const read = await http(stack.baseUrl, 'POST', `/notifications/${encodeURIComponent(withdrawn!.notification_id)}/read`, { actor: caseworker });
    expect(read.status).toBe(204);
    expect(await unreadCount(caseworker)).toBe(2);
    const unreadOnly = await http(stack.baseUrl, 'GET', '/notifications?unread=true', { actor: caseworker });
    expect(unreadOnly.body).toMatchObject({ total: 2, unread: 2 });
    expect(unreadOnly.body.items.map((item: { kind: string }) => item.kind)).toEqual(['ConsentGiven', 'ChildReferred']);

    // Another caseworker sees nothing of it and cannot mark it.
    expect((await http(stack.baseUrl, 'GET', '/notifications', { actor: otherCaseworker })).body).toEqual({ items: [], total: 0, unread: 0 });
    const foreign = await http(stack.baseUrl, 'POST', `/notifications/${encodeURIComponent(withdrawn!.notification_id)}/read`, { actor: otherCaseworker });
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('notification_not_found');

    expect((await http(stack.baseUrl, 'POST', '/notifications/read-all', { actor: caseworker })).status).toBe(204);
    expect(await unreadCount(caseworker)).toBe(0);
    expect((await http(stack.baseUrl, 'GET', '/notifications?unread=false', { actor: caseworker })).body).toMatchObject({ total: 3, unread: 0 });
    expect((await http(stack.baseUrl, 'GET', '/notifications?unread=maybe', { actor: caseworker })).status).toBe(400);
  });

  it('keeps a notification while the relay is down and e-mails it exactly once when it is back', async () => {
    await sink.stop();
    const journeyId = await referredJourney();
    const failed = await waitFor(async () => {
      const row = await caseworkerRow(journeyId, 'ChildReferred');
      return row && row.attempts > 0 ? row : undefined;
    });
    expect(failed.sent_at).toBeNull();
    expect(failed.last_error).toEqual(expect.any(String));

    await sink.start();
    // The first retry comes 10 seconds after the failure.
    await waitFor(async () => ((await caseworkerRow(journeyId, 'ChildReferred'))?.sent_at ? true : undefined), 30_000);
    await mailsStayAt(2);
    expect(await caseworkerRow(journeyId, 'ChildReferred')).toMatchObject({ last_error: null });
  });
});
