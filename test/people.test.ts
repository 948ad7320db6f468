import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { Identity } from '../apps/api/src/identity/identity';
import { approvedFamilyViaApi, familyAccount } from './support/family-applications';
import { http } from './support/http';
import { journeyProjected } from './support/journey-projected';
import { CASEWORKER, COORDINATOR, eligibleReferral } from './support/referrals';
import { startTestStackWithApi, TestStackWithApi } from './support/test-stack';
import { waitFor } from './support/wait-for';

const PASSWORD = 'rugbrød-og-leverpostej';
const CHILD_LABEL = 'Q.Z.';

/** Accounts by invitation, sign-in with sessions, and who may invite whom, through the real API with e-mail on. */
describe('people: invitations, sign-in and sessions', () => {
  let stack: TestStackWithApi;
  let sink: SMTPServer;
  const mails: ParsedMail[] = [];
  let familyId: string;

  const unique = (name: string) => `${name}-${randomUUID().slice(0, 8)}@example.dk`;
  const tokenOf = (invitationUrl: string) => new URL(invitationUrl).hash.slice(1);
  const signIn = (username: string, password = PASSWORD) => http(stack.baseUrl, 'POST', '/auth/token', { body: { username, password } });
  const me = (token: string) => http(stack.baseUrl, 'GET', '/auth/me', { token });

  /** A person created by `manager` who has accepted the invitation: their id and sign-in token. */
  async function acceptedPerson(manager: Identity, body: Record<string, unknown>): Promise<{ personId: string; token: string }> {
    const created = await http(stack.baseUrl, 'POST', '/people', { actor: manager, body });
    expect(created.status).toBe(201);
    const accepted = await http(stack.baseUrl, 'POST', `/invitations/${tokenOf(created.body.invitationUrl)}/accept`, { body: { password: PASSWORD } });
    expect(accepted.status).toBe(200);
    return { personId: created.body.personId, token: accepted.body.accessToken };
  }

  beforeAll(async () => {
    sink = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) {
        simpleParser(stream).then((mail) => {
          mails.push(mail);
          callback();
        }, callback);
      },
    });
    await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
    const port = (sink.server.address() as AddressInfo).port;
    stack = await startTestStackWithApi({ SMTP_URL: `smtp://127.0.0.1:${port}`, PUBLIC_URL: 'https://venskab.example' });
    familyId = await approvedFamilyViaApi(stack.baseUrl);
  }, 60_000);
  afterAll(async () => {
    await stack?.stop();
    await new Promise<void>((resolve) => sink.close(() => resolve()));
  });

  it("a coordinator invites a family's adult, who accepts once and then signs in with the e-mail until signed out", async () => {
    const email = unique('karen');
    const created = await http(stack.baseUrl, 'POST', '/people', { actor: COORDINATOR, body: { displayName: 'Karen Hansen', role: 'volunteer_family', email, familyId } });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ personId: expect.any(String), invitationUrl: expect.stringMatching(/^https:\/\/venskab\.example\/invitation#[A-Za-z0-9_-]{43}$/), expiresAt: expect.any(String), emailed: true });
    const days = (new Date(created.body.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);
    const token = tokenOf(created.body.invitationUrl);
    const stored: Array<{ token_hash: string }> = await stack.dataSource.query('SELECT token_hash FROM invitations WHERE person_id = $1', [created.body.personId]);
    expect(stored[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(token);

    expect((await http(stack.baseUrl, 'GET', `/invitations/${token}`)).body).toEqual({ displayName: 'Karen Hansen', role: 'volunteer_family', expiresAt: created.body.expiresAt });
    const tooShort = await http(stack.baseUrl, 'POST', `/invitations/${token}/accept`, { body: { password: 'kort' } });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.code).toBe('validation_failed');

    const accepted = await http(stack.baseUrl, 'POST', `/invitations/${token}/accept`, { body: { password: PASSWORD } });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toEqual({
      accessToken: expect.any(String),
      tokenType: 'Bearer',
      expiresAt: expect.any(String),
      identity: { userId: created.body.personId, role: 'volunteer_family', displayName: 'Karen Hansen', familyId },
    });
    expect((await me(accepted.body.accessToken)).body).toEqual(accepted.body.identity);
    expect((await http(stack.baseUrl, 'POST', `/invitations/${token}/accept`, { body: { password: PASSWORD } })).status).toBe(409);
    expect((await http(stack.baseUrl, 'GET', `/invitations/${token}`)).body.code).toBe('invitation_used');
    expect((await http(stack.baseUrl, 'GET', `/invitations/${randomUUID()}`)).status).toBe(404);

    const signedIn = await signIn(email.toUpperCase());
    expect(signedIn.status).toBe(200);
    expect((await me(signedIn.body.accessToken)).body).toMatchObject({ displayName: 'Karen Hansen', familyId });
    const wrong = await signIn(email, 'not-the-password');
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('wrong_credentials');

    expect((await http(stack.baseUrl, 'POST', '/auth/sign-out', { token: signedIn.body.accessToken })).status).toBe(204);
    const ended = await me(signedIn.body.accessToken);
    expect(ended.status).toBe(401);
    expect(ended.body.code).toBe('session_ended');
    expect((await me(accepted.body.accessToken)).status).toBe(200);

    const listed = await http(stack.baseUrl, 'GET', `/people?familyId=${familyId}`, { actor: COORDINATOR });
    expect(listed.body.items).toContainEqual(expect.objectContaining({ personId: created.body.personId, email, hasPassword: true, invitationPending: false, active: true }));

    expect((await http(stack.baseUrl, 'POST', `/people/${created.body.personId}/sessions/revoke`, { actor: COORDINATOR })).status).toBe(204);
    expect((await me(accepted.body.accessToken)).status).toBe(401);

    expect((await http(stack.baseUrl, 'POST', `/people/${created.body.personId}/deactivate`, { actor: COORDINATOR })).status).toBe(204);
    expect((await signIn(email)).status).toBe(401);
  });

  it('blocks a user name after 5 wrong passwords within 15 minutes, even for the right one', async () => {
    const username = `karen-${randomUUID().slice(0, 8)}`;
    await acceptedPerson(COORDINATOR, { displayName: 'Karen Holm', role: 'volunteer_family', username, familyId });
    for (let attempt = 0; attempt < 5; attempt += 1) expect((await signIn(username, 'guess-number-x')).status).toBe(401);
    const blocked = await signIn(username);
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ code: 'too_many_attempts', retryAfterSeconds: expect.any(Number) });
    expect(blocked.body.retryAfterSeconds).toBeGreaterThan(800);
  });

  it('answers 410 for an expired invitation, and a new link replaces the old one', async () => {
    const created = await http(stack.baseUrl, 'POST', '/people', { actor: COORDINATOR, body: { displayName: 'Bo Hansen', role: 'volunteer_family', familyId } });
    expect(created.body.emailed).toBe(false);
    await stack.dataSource.query("UPDATE invitations SET expires_at = now() - interval '1 day' WHERE person_id = $1", [created.body.personId]);
    const token = tokenOf(created.body.invitationUrl);
    expect((await http(stack.baseUrl, 'GET', `/invitations/${token}`)).status).toBe(410);
    const late = await http(stack.baseUrl, 'POST', `/invitations/${token}/accept`, { body: { password: PASSWORD } });
    expect(late.status).toBe(410);
    expect(late.body.code).toBe('invitation_expired');

    const again = await http(stack.baseUrl, 'POST', `/people/${created.body.personId}/invitation`, { actor: COORDINATOR });
    expect(again.status).toBe(201);
    const second = await http(stack.baseUrl, 'POST', `/people/${created.body.personId}/invitation`, { actor: COORDINATOR });
    expect((await http(stack.baseUrl, 'GET', `/invitations/${tokenOf(again.body.invitationUrl)}`)).status).toBe(410);
    expect((await http(stack.baseUrl, 'POST', `/invitations/${tokenOf(second.body.invitationUrl)}/accept`, { body: { password: PASSWORD } })).status).toBe(200);
  });

  it("a caseworker invites a parent of their own child by e-mail; the parent follows that child's milestones and gives consent", async () => {
    const referred = await http(stack.baseUrl, 'POST', '/journeys', { actor: CASEWORKER, body: eligibleReferral({ childLabel: CHILD_LABEL }) });
    expect(referred.status).toBe(201);
    const journeyId: string = referred.body.journeyId;
    await journeyProjected(stack.baseUrl, journeyId);
    const other = await http(stack.baseUrl, 'POST', `/journeys`, { actor: CASEWORKER, body: eligibleReferral() });
    await journeyProjected(stack.baseUrl, other.body.journeyId);

    const stranger: Identity = { userId: `caseworker-${randomUUID()}`, role: 'caseworker' };
    const email = unique('maria');
    const refused = await http(stack.baseUrl, 'POST', '/people', { actor: stranger, body: { displayName: 'Maria Jensen', role: 'parent', email, journeyId } });
    expect(refused.status).toBe(404);
    const created = await http(stack.baseUrl, 'POST', '/people', { actor: CASEWORKER, body: { displayName: 'Maria Jensen', role: 'parent', email, journeyId } });
    expect(created).toMatchObject({ status: 201 });
    expect(created.body.emailed).toBe(true);

    const mail = await waitFor(async () => mails.find((candidate) => candidate.text?.includes(created.body.invitationUrl)));
    expect(mail.subject).toBe('Invitation til Venskab');
    expect((mail.to as { text: string }).text).toBe(email);
    expect(mail.text).toContain('Maria Jensen');
    expect(mail.text).not.toContain(CHILD_LABEL);
    expect(mail.text).not.toContain(journeyId);

    await http(stack.baseUrl, 'POST', `/invitations/${tokenOf(created.body.invitationUrl)}/accept`, { body: { password: PASSWORD } });
    const parent = await signIn(email);
    expect(parent.body.identity).toEqual({ userId: created.body.personId, role: 'parent', displayName: 'Maria Jensen', journeyIds: [journeyId] });
    const token = parent.body.accessToken;
    const listed = await http(stack.baseUrl, 'GET', '/journeys', { token });
    expect(listed.body.items.map((row: { journeyId: string }) => row.journeyId)).toEqual([journeyId]);
    const view = await http(stack.baseUrl, 'GET', `/journeys/${journeyId}`, { token });
    expect(Object.keys(view.body).sort()).toEqual(['journeyId', 'milestones', 'stage']);
    expect((await http(stack.baseUrl, 'GET', `/journeys/${other.body.journeyId}`, { token })).status).toBe(404);
    const consent = await http(stack.baseUrl, 'POST', `/journeys/${journeyId}/commands/GiveConsent`, { token, body: { custodyHolders: ['Mother'] } });
    expect(consent.status).toBe(201);
    expect(consent.body.stage).toBe('screening');

    // The same parent for a second child: the journey is added, no new invitation since they have a password.
    const secondChild = await http(stack.baseUrl, 'POST', '/people', { actor: CASEWORKER, body: { displayName: 'Maria Jensen', role: 'parent', email, journeyId: other.body.journeyId } });
    expect(secondChild.status).toBe(200);
    expect(secondChild.body).toEqual({ personId: created.body.personId, invitationUrl: null, expiresAt: null, emailed: false });
    const parents = await http(stack.baseUrl, 'GET', `/people?role=parent&journeyId=${journeyId}`, { actor: CASEWORKER });
    expect(parents.body.items).toEqual([expect.objectContaining({ personId: created.body.personId, journeyIds: [journeyId, other.body.journeyId] })]);
    expect((await http(stack.baseUrl, 'GET', '/people', { actor: stranger })).body.items).toEqual([]);
  });

  it('refuses roles a caller may not create (403) and bad bodies (400), creating nothing', async () => {
    const marker = `Nobody ${randomUUID()}`;
    const attempts: Array<[Identity, Record<string, unknown>, number]> = [
      [CASEWORKER, { displayName: marker, role: 'coordinator' }, 403],
      [COORDINATOR, { displayName: marker, role: 'caseworker', unit: 'Aarhus Kommune' }, 403],
      [{ userId: 'manager-people', role: 'programme_manager' }, { displayName: marker, role: 'parent', journeyId: randomUUID() }, 403],
      [familyAccount(familyId), { displayName: marker, role: 'volunteer_family', familyId }, 403],
      [COORDINATOR, { displayName: marker, role: 'volunteer_family' }, 400],
      [COORDINATOR, { displayName: marker, role: 'volunteer_family', familyId, journeyId: randomUUID() }, 400],
      [COORDINATOR, { displayName: marker, role: 'volunteer_family', familyId, email: 'not-an-email' }, 400],
      [COORDINATOR, { displayName: marker, role: 'wizard' }, 400],
      [COORDINATOR, { displayName: '', role: 'volunteer_family', familyId }, 400],
      [COORDINATOR, { displayName: marker, role: 'volunteer_family', familyId, isAdmin: true }, 400],
      [COORDINATOR, { displayName: marker, role: 'volunteer_family', familyId: randomUUID() }, 404],
    ];
    for (const [actor, body, status] of attempts) {
      const answer = await http(stack.baseUrl, 'POST', '/people', { actor, body });
      expect({ body, status: answer.status }).toEqual({ body, status });
    }
    const [{ count }] = await stack.dataSource.query('SELECT count(*)::int AS count FROM people WHERE display_name = $1', [marker]);
    expect(count).toBe(0);

    const manager: Identity = { userId: 'manager-people', role: 'programme_manager' };
    const staff = await http(stack.baseUrl, 'POST', '/people', { actor: manager, body: { displayName: 'Mette Vang', role: 'caseworker', username: `mvang-${randomUUID().slice(0, 6)}`, unit: 'Aarhus Kommune' } });
    expect(staff.status).toBe(201);
    expect((await http(stack.baseUrl, 'POST', `/people/${staff.body.personId}/deactivate`, { actor: COORDINATOR })).status).toBe(404);
  });
});
