import type { Page } from 'playwright-core';
import { approvedFamilyViaApi, BASELINE, journeyStep } from './support/family-applications';
import { http } from './support/http';
import { eligibleReferral } from './support/referrals';
import { SmtpSink } from './support/smtp-sink';
import { startTestStackWithApi, TestStackWithApi } from './support/test-stack';
import { ensureWebBuild, expectAccessible, launchUiBrowser, PHONE, signedInAs, signInAs, UiBrowser } from './support/ui-browser';
import { waitFor } from './support/wait-for';

/**
 * Every person of one child's journey signs in as themselves and does their part, in Danish, in a
 * real browser against the real API, worker, Temporal and PostgreSQL, with e-mail through a real SMTP
 * relay: the caseworker invites a custody holder, who gives consent on a phone; the coordinator
 * invites the family's adult, who reads the agreement and writes the logbook on a phone; the
 * caseworker hears of the notification to the municipality by e-mail and on My day; the auditor
 * reads the timeline with names and details.
 */
const RUN = Date.now().toString(36).slice(-4).toUpperCase();
const CHILD_LABEL = `A.B.${RUN}`;
const FAMILY_NAME = `Familien Lund ${RUN}`;
const PARENT = { name: `Sanne Nielsen ${RUN}`, email: `sanne.${RUN.toLowerCase()}@forælder.test`.replace('æ', 'ae') };
const FAMILY_ADULT = { name: `Karen Lund ${RUN}`, email: `karen.${RUN.toLowerCase()}@familie.test` };
const CASEWORKER_EMAIL = `mette.${RUN.toLowerCase()}@kommune.test`;
const PICK_UP = 'Fra skolen kl. 15';
const LOGBOOK_NOTE = 'Vi byggede hule i haven. Barnet virkede ked af det ved afleveringen.';
const PASSWORD = 'sommer i haven 2026';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32}/;
// The demo staff (apps/api/src/identity/demo-accounts.ts) act through the API as themselves.
const DEMO_CASEWORKER = { userId: 'caseworker', role: 'caseworker' as const };
const DEMO_COORDINATOR = { userId: 'coordinator', role: 'coordinator' as const };

let sink: SmtpSink;
let stack: TestStackWithApi;
let browser: UiBrowser;
let baseUrl: string;
let familyId: string;
let journeyId: string;

/** The invitation link of the one e-mail sent to `address`. */
async function invitationLinkMailedTo(address: string): Promise<string> {
  const mail = await waitFor(async () => sink.mailsTo(address).find((candidate) => candidate.subject.includes('Invitation')));
  const link = /https?:\/\/\S+\/invitation#[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
  if (!link) throw new Error(`no invitation link in: ${mail.text}`);
  expect(mail.text).not.toContain(CHILD_LABEL);
  return link;
}

/** Opens an invitation as the invited person would, on a phone, and chooses a password. */
async function acceptInvitation(page: Page, link: string, name: string): Promise<void> {
  await page.setViewportSize(PHONE);
  await page.goto(link.replace(/^https?:\/\/[^/]+/, baseUrl));
  await page.getByRole('heading', { name: `Velkommen, ${name}` }).waitFor();
  await expectAccessible(page, 'invitation-mobile');
  await page.getByLabel('Vælg en adgangskode').fill('kort');
  await page.getByText(/Mindst 10 tegn – der mangler/).waitFor();
  await page.getByLabel('Vælg en adgangskode').fill(PASSWORD);
  await page.getByLabel('Skriv adgangskoden igen').fill(PASSWORD);
  await page.getByRole('button', { name: 'Gem adgangskoden og log ind' }).click();
  expect(await signedInAs(page)).toContain(name);
}

beforeAll(async () => {
  ensureWebBuild();
  sink = new SmtpSink();
  await sink.start();
  stack = await startTestStackWithApi({ SMTP_URL: sink.url, NOTIFICATION_MAIL_INTERVAL_SECONDS: '1' });
  baseUrl = stack.baseUrl;
  // The demo caseworker's address, as the programme manager would have it on record.
  // The API adds the demo staff as it starts; wait until the caseworker is there to be updated.
  await waitFor(async () => {
    await stack.dataSource.query(`UPDATE people SET email = $1 WHERE person_id = 'caseworker'`, [CASEWORKER_EMAIL]);
    const [caseworker] = await stack.dataSource.query(`SELECT email FROM people WHERE person_id = 'caseworker'`);
    return caseworker?.email === CASEWORKER_EMAIL ? true : undefined;
  });
  familyId = await approvedFamilyViaApi(baseUrl, {}, { displayName: FAMILY_NAME });
  const referred = await http(baseUrl, 'POST', '/journeys', { actor: DEMO_CASEWORKER, body: eligibleReferral({ childLabel: CHILD_LABEL }) });
  expect(referred.status).toBe(201);
  journeyId = referred.body.journeyId;
  browser = await launchUiBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  await sink?.stop();
});

describe('every person does their part of one journey', () => {
  test('the caseworker invites a custody holder, who accepts on a phone and gives consent', async () => {
    const caseworker = await browser.tab();
    await signInAs(caseworker, baseUrl, 'caseworker');
    expect(await caseworker.locator('header').innerText()).toContain('Mette Kjær');
    await caseworker.goto(`${baseUrl}/journeys/${journeyId}`);
    const parents = caseworker.locator('section', { has: caseworker.getByRole('heading', { name: 'Forældremyndighedsindehavere' }) });
    await parents.locator('summary', { hasText: 'Invitér en forældremyndighedsindehaver' }).click();
    await parents.getByLabel('Navn', { exact: true }).fill(PARENT.name);
    await parents.getByLabel('E-mail', { exact: true }).fill(PARENT.email);
    await parents.getByRole('button', { name: 'Invitér' }).click();
    await caseworker.getByTestId('invitation-link').filter({ hasText: 'Invitationen er sendt på e-mail.' }).waitFor();
    await expectAccessible(caseworker, 'people-invite-parent');

    const parent = await browser.tab();
    await acceptInvitation(parent, await invitationLinkMailedTo(PARENT.email), PARENT.name);
    await parent.getByRole('heading', { name: 'Mit barn', level: 1 }).waitFor();
    await parent.getByLabel('Forældremyndighedsindehaver 1').fill(PARENT.name);
    await parent.getByRole('button', { name: 'Giv samtykke' }).last().click();
    await parent.getByRole('button', { name: 'Træk samtykket tilbage' }).waitFor();
    await expectAccessible(parent, 'parent-home-mobile');
    await waitFor(async () => ((await http(baseUrl, 'GET', `/journeys/${journeyId}/row`, { actor: DEMO_COORDINATOR })).body.stage === 'screening' ? true : undefined));
  });

  test('the coordinator invites the family’s adult, who sees the agreement on a phone and writes the logbook', async () => {
    await journeyStep(baseUrl, journeyId, 'RecordScreeningVisit', { baseline: BASELINE }, DEMO_COORDINATOR);
    await journeyStep(baseUrl, journeyId, 'ProposeMatch', { familyId }, DEMO_COORDINATOR);
    await journeyStep(baseUrl, journeyId, 'AcceptMatch', { side: 'child' }, DEMO_COORDINATOR);
    await journeyStep(baseUrl, journeyId, 'AcceptMatch', { side: 'family' }, DEMO_COORDINATOR);
    await journeyStep(baseUrl, journeyId, 'ScheduleFriendshipMeeting', { scheduledFor: new Date().toISOString() }, DEMO_COORDINATOR);
    await journeyStep(baseUrl, journeyId, 'RecordFriendshipMeetingHeld', { agreement: { weekday: 'tuesday', pickUp: PICK_UP, return: 'Hjemme kl. 19' } }, DEMO_COORDINATOR);

    const coordinator = await browser.tab();
    await signInAs(coordinator, baseUrl, 'coordinator');
    await coordinator.goto(`${baseUrl}/families/${familyId}`);
    const adults = coordinator.locator('section', { has: coordinator.getByRole('heading', { name: 'Familiens voksne' }) });
    await adults.locator('summary', { hasText: 'Invitér en voksen i familien' }).click();
    await adults.getByLabel('Navn', { exact: true }).fill(FAMILY_ADULT.name);
    await adults.getByLabel('E-mail', { exact: true }).fill(FAMILY_ADULT.email);
    await adults.getByRole('button', { name: 'Invitér' }).click();
    await coordinator.getByTestId('invitation-link').waitFor();
    await expectAccessible(coordinator, 'family-adult-invited');

    const family = await browser.tab();
    await acceptInvitation(family, await invitationLinkMailedTo(FAMILY_ADULT.email), FAMILY_ADULT.name);
    const child = family.getByTestId('family-child').filter({ hasText: CHILD_LABEL });
    await child.waitFor();
    const card = await child.innerText();
    expect(card).toContain('tirsdag');
    expect(card).toContain(PICK_UP);
    expect(card).toContain('Hjemme kl. 19');
    await expectAccessible(family, 'family-home-mobile');
    const everything = await family.locator('body').innerText();
    expect(everything).not.toMatch(UUID);
    expect(everything).not.toContain('Trivsel');

    await child.getByRole('link', { name: 'Skriv i logbogen' }).click();
    await family.getByLabel('Hvordan gik det?').fill(LOGBOOK_NOTE);
    await family.getByLabel('Jeg er bekymret for barnet').check();
    await family.getByRole('button', { name: 'Gem i logbogen' }).click();
    await family.getByRole('status').filter({ hasText: /er gemt/ }).waitFor();
  });

  test('the coordinator notifies the municipality; the caseworker gets an e-mail without the child’s data and sees it on My day', async () => {
    const concern = await waitFor(async () => {
      const answer = await http(baseUrl, 'GET', `/journeys/${journeyId}`, { actor: DEMO_COORDINATOR });
      return answer.body.state?.concerns?.find((candidate: { concernId: string }) => candidate.concernId);
    });
    await journeyStep(baseUrl, journeyId, 'AssessConcern', { concernId: concern.concernId, outcome: 'notification_to_municipality', note: 'Underretning sendt til kommunen.' }, DEMO_COORDINATOR);

    const mail = await waitFor(async () => sink.mailsTo(CASEWORKER_EMAIL).find((candidate) => candidate.subject === 'Nyt i Venskab'), 30_000);
    expect(mail.text).toContain('/notifications');
    expect(mail.text).not.toContain(CHILD_LABEL);
    expect(mail.text).not.toContain('Underretning sendt');

    const caseworker = await browser.tab();
    await signInAs(caseworker, baseUrl, 'caseworker');
    await caseworker.getByRole('heading', { name: 'Min dag', level: 1 }).waitFor();
    const news = caseworker.locator('section', { has: caseworker.getByRole('heading', { name: 'Nyt til dig' }) });
    await news.getByRole('link', { name: CHILD_LABEL }).first().waitFor();
    expect(await news.innerText()).toMatch(/underretning/i);
    await expectAccessible(caseworker, 'my-day-caseworker-news');
  });

  test('the auditor reads the timeline with names and details in Danish', async () => {
    const auditor = await browser.tab();
    await signInAs(auditor, baseUrl, 'auditor');
    await auditor.goto(`${baseUrl}/journeys/${journeyId}/audit`);
    const timeline = auditor.locator('ol.timeline');
    await timeline.getByText(PICK_UP).waitFor();
    const text = await timeline.innerText();
    for (const expected of ['Jonas Holm', 'Mette Kjær', PARENT.name, FAMILY_ADULT.name, 'tirsdag', LOGBOOK_NOTE, FAMILY_NAME]) expect(text).toContain(expected);
    expect(text).not.toMatch(UUID);
    for (const english of ['coordinator', 'caseworker', 'ConcernAssessed', 'notification_to_municipality', 'tuesday']) expect(text).not.toContain(english);
    await expectAccessible(auditor, 'audit-timeline-readable');
  });
});
