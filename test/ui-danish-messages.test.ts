import type { Locator, Page, Route } from 'playwright-core';
import { startTestStackWithApi, TestStackWithApi } from './support/test-stack';
import { ensureWebBuild, expectAccessible, launchUiBrowser, PHONE, signInAs, UiBrowser } from './support/ui-browser';

/**
 * Field messages in Danish, in a real browser against the real API: the form's own checks as one
 * types, and the server's 400 worded from its codes (the body is altered on its way out, so the
 * server refuses what the form let through). No English validator sentence may show, and a
 * message goes as soon as its field is corrected.
 */
const RUN = Date.now().toString(36).slice(-4).toUpperCase();
const ENGLISH_VALIDATOR = /must be|should not|characters|one of the following/i;

let stack: TestStackWithApi;
let browser: UiBrowser;
let baseUrl: string;
let journeyId: string;

/** The message under the field that holds the named control. */
function messageUnder(form: Locator, controlName: string): Locator {
  return form.locator('.form-group', { has: form.page().locator(`[name="${controlName}"]`) }).locator('.form-error-message');
}

async function expectNoEnglish(page: Page): Promise<void> {
  const messages = await page.locator('.form-error-message, [role="alert"]').allInnerTexts();
  expect(messages.filter((text) => ENGLISH_VALIDATOR.test(text))).toEqual([]);
}

/** Sends the next POST to the path with some fields changed, as an older or faulty client might. */
async function alterNextBody(page: Page, pathname: string, change: (body: Record<string, unknown>) => void): Promise<void> {
  const matches = (url: URL) => url.pathname === pathname;
  const handler = async (route: Route) => {
    if (route.request().method() !== 'POST') return route.continue();
    const body = JSON.parse(route.request().postData() ?? '{}') as Record<string, unknown>;
    change(body);
    await route.continue({ postData: JSON.stringify(body) });
    await page.unroute(matches, handler);
  };
  await page.route(matches, handler);
}

beforeAll(async () => {
  ensureWebBuild();
  stack = await startTestStackWithApi();
  baseUrl = stack.baseUrl;
  browser = await launchUiBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('field messages in Danish', () => {
  test("the referral form checks as the caseworker types, words the server's problems in Danish, and drops each once its field is corrected", async () => {
    const caseworker = await browser.tab();
    await signInAs(caseworker, baseUrl, 'caseworker');
    await caseworker.getByRole('link', { name: 'Henvis et barn' }).click();
    const form = caseworker.locator('form');
    const send = form.getByRole('button', { name: 'Send henvisningen' });

    // Nothing shows before anything is touched; a send attempt shows every missing field.
    expect(await form.locator('.form-error-message').count()).toBe(0);
    await send.click();
    for (const name of ['childLabel', 'age', 'situation', 'caseworkerUnit']) await messageUnder(form, name).filter({ hasText: 'Udfyld feltet.' }).waitFor();
    await messageUnder(form, 'legalBasis').filter({ hasText: 'Vælg en mulighed.' }).waitFor();
    await expectNoEnglish(caseworker);
    // The error summary above the form lists each missing field and has taken the focus.
    const summary = form.locator('.error-summary');
    expect(await summary.getByRole('link').count()).toBe(5);
    expect(await caseworker.evaluate('document.activeElement.classList.contains("error-summary")')).toBe(true);
    await expectAccessible(caseworker, 'referral-refused-fields');

    // As one types: a too-long label and an age outside the limits, each said at once.
    await form.getByLabel('Betegnelse (fx initialer)').fill('X'.repeat(41));
    await messageUnder(form, 'childLabel').filter({ hasText: 'Højst 40 tegn.' }).waitFor();
    await form.getByLabel('Alder', { exact: true }).fill('30');
    await messageUnder(form, 'age').filter({ hasText: 'Skal være mellem 0 og 25.' }).waitFor();
    await expectNoEnglish(caseworker);
    await form.getByLabel('Betegnelse (fx initialer)').fill(`B.${RUN}`);
    await messageUnder(form, 'childLabel').waitFor({ state: 'detached' });
    await form.getByLabel('Alder', { exact: true }).fill('8');
    await messageUnder(form, 'age').waitFor({ state: 'detached' });

    await form.getByLabel('Barnets situation').fill('Bor med mor; få voksne omkring sig.');
    await form.getByLabel('Lovgrundlag for barnets foranstaltning').selectOption('barnets-lov-32');
    await form.getByLabel('Jeg bekræfter, at ingen af udelukkelseskriterierne gælder for barnet.').check();
    await form.getByLabel('Enhed').fill('bbu-nord');
    expect(await form.locator('.form-error-message').count()).toBe(0);

    // The server refuses what the form let through: its problems are worded from their codes.
    await alterNextBody(caseworker, '/journeys', (body) => {
      body.childLabel = '';
      body.caseworkerUnit = 'U'.repeat(101);
    });
    const refused = caseworker.waitForResponse((response) => new URL(response.url()).pathname === '/journeys' && response.request().method() === 'POST');
    await send.click();
    const answer = await refused;
    expect({ status: answer.status(), problems: ((await answer.json()) as { problems?: unknown }).problems }).toEqual({
      status: 400,
      problems: [
        { field: 'childLabel', rule: 'minLength', limit: 1 },
        { field: 'caseworkerUnit', rule: 'maxLength', limit: 100 },
      ],
    });
    await messageUnder(form, 'childLabel').filter({ hasText: 'Skriv mindst 1 tegn.' }).waitFor();
    await messageUnder(form, 'caseworkerUnit').filter({ hasText: 'Højst 100 tegn.' }).waitFor();
    await caseworker.getByRole('alert').filter({ hasText: 'Ret de markerede felter.' }).waitFor();
    await expectNoEnglish(caseworker);

    // Changing a field takes its server message away at once; the other field's stays until it is changed.
    await form.getByLabel('Betegnelse (fx initialer)').fill(`B.${RUN}.`);
    await messageUnder(form, 'childLabel').waitFor({ state: 'detached' });
    expect(await messageUnder(form, 'caseworkerUnit').innerText()).toBe('Højst 100 tegn.');
    await form.getByLabel('Enhed').fill('bbu-syd');
    await messageUnder(form, 'caseworkerUnit').waitFor({ state: 'detached' });

    await send.click();
    await caseworker.waitForURL(/\/journeys\/[0-9a-f-]+$/);
    journeyId = caseworker.url().split('/').pop()!;
    await caseworker.locator('summary', { hasText: 'Registrér samtykke' }).click();
    const consent = caseworker.locator('form[data-command="GiveConsent"]');
    await consent.getByLabel('Forældremyndighedsindehavere').fill('Mor, Far');
    await consent.getByRole('button', { name: 'Registrér samtykke' }).click();
    await caseworker.locator('.stage-bar li[aria-current="step"]', { hasText: 'Screening' }).waitFor();
  });

  test("a coordinator's journey form says what is missing, and the server's problems with nested fields, in Danish", async () => {
    const coordinator = await browser.tab();
    await signInAs(coordinator, baseUrl, 'coordinator');
    await coordinator.goto(`${baseUrl}/journeys/${journeyId}`);
    await coordinator.locator('summary', { hasText: 'Registrér screeningsbesøg' }).click();
    const form = coordinator.locator('form[data-command="RecordScreeningVisit"]');
    const send = form.getByRole('button', { name: 'Registrér screeningsbesøg' });

    await send.click();
    await messageUnder(form, 'baseline.coping').filter({ hasText: 'Vælg en mulighed.' }).waitFor();
    await expectNoEnglish(coordinator);
    for (const label of ['Psykisk trivsel', 'Relationel trivsel', 'Sociale kompetencer', 'Mestring', 'Selvopfattelse', 'Trivsel i skolen']) {
      await form.getByLabel(label).selectOption('2');
    }
    expect(await form.locator('.form-error-message').count()).toBe(0);

    await alterNextBody(coordinator, `/journeys/${journeyId}/commands/RecordScreeningVisit`, (body) => {
      (body.baseline as Record<string, unknown>).coping = 9;
      body.note = 'n'.repeat(4001);
    });
    await send.click();
    await messageUnder(form, 'baseline.coping').filter({ hasText: 'Højst 4.' }).waitFor();
    await messageUnder(form, 'note').filter({ hasText: 'Højst 4000 tegn.' }).waitFor();
    await expectNoEnglish(coordinator);

    await form.getByLabel('Mestring').selectOption('3');
    await messageUnder(form, 'baseline.coping').waitFor({ state: 'detached' });
    expect(await messageUnder(form, 'note').innerText()).toBe('Højst 4000 tegn.');
    await form.locator('[name="note"]').fill('Rolig samtale.');
    await messageUnder(form, 'note').waitFor({ state: 'detached' });
    await expectNoEnglish(coordinator);
  });
});

describe('the accessibility statement', () => {
  test('is linked from the footer of every page, signed out and signed in', async () => {
    const page = await browser.tab();
    await page.goto(`${baseUrl}/`);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Tilgængelighedserklæring' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tilgængelighedserklæring' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/accessibility');

    await signInAs(page, baseUrl, 'coordinator');
    await page.getByRole('heading', { level: 1, name: 'Min dag' }).waitFor();
    await page.getByRole('contentinfo').getByRole('link', { name: 'Tilgængelighedserklæring' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tilgængelighedserklæring' }).waitFor();
    await expectAccessible(page, 'accessibility-statement-signed-in');
    await page.close();
  });

  test('opens without signing in, in Danish, and fits a phone', async () => {
    const page = await browser.tab();
    await page.setViewportSize(PHONE);
    await page.goto(`${baseUrl}/accessibility`);
    await page.getByRole('heading', { level: 1, name: 'Tilgængelighedserklæring' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Klage' }).waitFor();
    await expectAccessible(page, 'accessibility-statement-mobile');
    // Nothing wider than the screen: the long Danish heading breaks instead of running off the edge.
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await page.close();
  });
});
