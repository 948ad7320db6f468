import type { Page, Request } from 'playwright-core';
import { activeJourneyViaApi, approvedFamilyViaApi, familyAccount } from './support/family-applications';
import { http } from './support/http';
import { COORDINATOR } from './support/referrals';
import type { TestStackWithApi } from './support/test-stack';
import { ensureWebBuild, expectAccessible, launchUiBrowser, PHONE, signInAs, UiBrowser, useIdentity } from './support/ui-browser';
import { startUiStackWithShortDays } from './support/ui-stack';
import { waitFor } from './support/wait-for';

/**
 * Nothing typed is lost, in a real browser against the real API, Temporal and PostgreSQL: a
 * coordinator whose sign-in ends while typing signs in again over the page and sends what was typed,
 * once even when the answer is lost on the way; the volunteer family writes the logbook on a phone,
 * one visit at a time by its date, and the page stays on that visit after saving.
 * A programme day lasts 1.5 s here, so a second visit week opens within seconds.
 */
const DAY_MS = 1500;
const RUN = Date.now().toString(36).slice(-4).toUpperCase();
const SUPERVISION_NOTE = `Gruppen talte om at sige farvel ${RUN}.`;
const LOGBOOK_NOTE = `Vi tog bussen til stranden og byggede sandslot ${RUN}.`;
const DANISH_VISIT = /^Besøget tirsdag \d{1,2}\. [a-zæøå]+ \d{4}$/;

let stack: TestStackWithApi;
let browser: UiBrowser;
let baseUrl: string;

/** Ends the tab's sign-in on the server (as an expiry would), leaving the UI holding a token that no longer works. */
async function endSessionOnServer(page: Page): Promise<void> {
  const status = await page.evaluate(`fetch('/auth/sign-out', {
    method: 'POST',
    headers: { authorization: 'Bearer ' + JSON.parse(sessionStorage.getItem('venskab.session')).accessToken },
  }).then((answer) => answer.status)`);
  expect(status).toBeLessThan(300);
}

function commandPosts(page: Page, type: string): Request[] {
  const posts: Request[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith(`/commands/${type}`)) posts.push(request);
  });
  return posts;
}

beforeAll(async () => {
  ensureWebBuild();
  stack = await startUiStackWithShortDays(DAY_MS);
  baseUrl = stack.baseUrl;
  browser = await launchUiBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('nothing typed is lost', () => {
  test('an ended sign-in keeps the draft: the coordinator signs in again over the page and sends it, applied once', async () => {
    const familyId = await approvedFamilyViaApi(baseUrl, {}, { displayName: `Familien Bach ${RUN}` });
    const journeyId = await activeJourneyViaApi(baseUrl, familyId);
    const coordinator = await browser.tab();
    const posts = commandPosts(coordinator, 'RecordSupervision');
    await signInAs(coordinator, baseUrl, 'coordinator');
    const journeyUrl = `${baseUrl}/journeys/${journeyId}`;
    await coordinator.goto(journeyUrl);
    const summary = coordinator.locator('summary', { hasText: 'Registrér supervision' });
    const form = coordinator.locator('form[data-command="RecordSupervision"]');

    await summary.click();
    await form.getByLabel('Udfald').selectOption('held');
    await form.getByLabel('Note').fill(SUPERVISION_NOTE);
    await endSessionOnServer(coordinator);
    await form.getByRole('button', { name: 'Registrér supervision' }).click();

    const dialog = coordinator.getByRole('dialog', { name: 'Log ind igen' });
    await dialog.waitFor();
    await dialog.getByText('Det, du har skrevet, er gemt her på siden.').waitFor();
    expect(coordinator.url()).toBe(journeyUrl);
    expect(await form.getByLabel('Note').inputValue()).toBe(SUPERVISION_NOTE);
    await expectAccessible(coordinator, 'drafts-sign-in-again');

    // Even a reload of the tab in between keeps the page, the dialog and the draft.
    await coordinator.reload();
    await dialog.waitFor();
    await dialog.getByLabel('Brugernavn').fill('coordinator');
    await dialog.getByLabel('Adgangskode').fill('venskab-demo');
    await dialog.getByRole('button', { name: 'Log ind' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(coordinator.url()).toBe(journeyUrl);
    await summary.click();
    expect(await form.getByLabel('Note').inputValue()).toBe(SUPERVISION_NOTE);
    expect(await form.getByLabel('Udfald').inputValue()).toBe('held');
    await expectAccessible(coordinator, 'drafts-restored');

    // The answer to the next send is lost on the way back: the server has applied it, the page cannot know.
    await coordinator.route('**/commands/RecordSupervision', async (route) => {
      await route.fetch();
      await route.abort('failed');
    });
    await form.getByRole('button', { name: 'Registrér supervision' }).click();
    await form.getByRole('alert').filter({ hasText: 'Serveren kunne ikke nås. Prøv igen.' }).waitFor();
    expect(await form.getByLabel('Note').inputValue()).toBe(SUPERVISION_NOTE);
    await coordinator.unroute('**/commands/RecordSupervision');
    await form.getByRole('button', { name: 'Registrér supervision' }).click();
    await coordinator.getByText('Registreret: Registrér supervision.').waitFor();

    // Sent three times (ended sign-in, lost answer, success) as one submission with one key: recorded once.
    expect(posts).toHaveLength(3);
    const keys = await Promise.all(posts.map((post) => post.headerValue('idempotency-key')));
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(keys).size).toBe(1);
    const journey = await http(baseUrl, 'GET', `/journeys/${journeyId}`, { actor: COORDINATOR });
    expect(journey.body.state.supervision).toHaveLength(1);

    // The next submission is a new one, with a key of its own, and starts empty.
    expect(await form.getByLabel('Note').inputValue()).toBe('');
    await form.getByLabel('Udfald').selectOption('missed');
    await form.getByRole('button', { name: 'Registrér supervision' }).click();
    await waitFor(async () => (posts.length === 4 ? true : undefined));
    await waitFor(async () => ((await http(baseUrl, 'GET', `/journeys/${journeyId}`, { actor: COORDINATOR })).body.state.supervision.length === 2 ? true : undefined));
    expect(await posts[3]!.headerValue('idempotency-key')).not.toBe(keys[0]);
  });
});

describe('the logbook made for a phone', () => {
  test('the family writes about one visit by its date, an empty entry is refused, and the page stays on that visit after saving', async () => {
    const familyId = await approvedFamilyViaApi(baseUrl, {}, { displayName: `Familien Krogh ${RUN}` });
    const journeyId = await activeJourneyViaApi(baseUrl, familyId);
    // The server refuses an empty entry too (a client that skips the page's check).
    const empty = await http(baseUrl, 'POST', `/journeys/${journeyId}/commands/WriteLogbookEntry`, {
      actor: familyAccount(familyId),
      body: { week: 1, visit: 'held', note: '', concern: false },
    });
    expect(empty.status).toBe(400);

    const family = await browser.tab();
    await family.setViewportSize(PHONE);
    const posts = commandPosts(family, 'WriteLogbookEntry');
    await useIdentity(family, baseUrl, familyAccount(familyId));
    // Wait for the second visit week, so the page has more than one visit to offer.
    const firstVisit = family.locator('button.visit-choice[data-week="1"]');
    const deadline = Date.now() + 45_000;
    for (;;) {
      await family.goto(`${baseUrl}/journeys/${journeyId}/logbook`);
      await family.getByRole('heading', { name: 'Logbog efter besøget' }).waitFor();
      if ((await firstVisit.count()) > 0) break;
      if (Date.now() > deadline) throw new Error('a second visit week never opened');
      await family.waitForTimeout(1000);
    }
    await firstVisit.click();
    const form = family.locator('form.logbook-visit[data-week="1"]');
    const visit = (await form.getByRole('heading', { level: 2 }).innerText()).trim();
    expect(visit).toMatch(DANISH_VISIT);
    expect(await family.locator('body').innerText()).not.toMatch(/\bUge\b/);

    // Nothing empty is sent: no note (or only spaces), a cancelled visit without who cancelled it.
    await form.getByRole('button', { name: 'Gem i logbogen' }).click();
    await form.getByRole('alert').filter({ hasText: 'Skriv et par ord om besøget – også hvis det blev aflyst.' }).waitFor();
    await form.getByRole('radio', { name: 'Besøget blev aflyst' }).check();
    await form.getByLabel('Hvordan gik det?').fill('   ');
    await form.getByRole('button', { name: 'Gem i logbogen' }).click();
    await form.getByRole('alert').filter({ hasText: 'Vælg, hvem der aflyste besøget.' }).waitFor();
    await form.getByRole('alert').filter({ hasText: 'Skriv et par ord om besøget' }).waitFor();
    expect(posts).toHaveLength(0);
    await expectAccessible(family, 'logbook-empty-refused-mobile');

    await form.getByRole('radio', { name: 'Barnet' }).check();
    await form.getByRole('radio', { name: 'Besøget blev holdt' }).check();
    await form.getByLabel('Hvordan gik det?').fill(LOGBOOK_NOTE);
    await form.getByRole('button', { name: 'Gem i logbogen' }).click();
    await family.getByRole('status').filter({ hasText: `${visit} er gemt i logbogen.` }).waitFor();
    expect(posts).toHaveLength(1);
    expect(posts[0]!.postDataJSON()).toMatchObject({ week: 1, visit: 'held', note: LOGBOOK_NOTE });

    // The page stays on the saved visit: no other visit's form takes the next text unasked.
    await family.waitForTimeout(500);
    expect(await family.locator('form.logbook-visit').count()).toBe(0);
    expect(await firstVisit.count()).toBe(0);
    await family.getByRole('heading', { name: 'Hvilket besøg vil du skrive om?' }).waitFor();
    expect(await family.locator('button.visit-choice').count()).toBeGreaterThan(0);
    await expectAccessible(family, 'logbook-saved-mobile');

    const journey = await http(baseUrl, 'GET', `/journeys/${journeyId}`, { actor: COORDINATOR });
    expect(journey.body.state.logbook.map((entry: { week: number; note: string }) => [entry.week, entry.note])).toEqual([[1, LOGBOOK_NOTE]]);
  });
});
