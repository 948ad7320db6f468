import type { Page } from 'playwright-core';
import { startTestStackWithApi, TestStackWithApi } from './support/test-stack';
import { ensureWebBuild, expectAccessible, launchUiBrowser, signInAs, UiBrowser } from './support/ui-browser';

/** The key figures page in a real browser, as the programme manager reaches it, in Danish. */
let stack: TestStackWithApi;
let browser: UiBrowser;
let manager: Page;

beforeAll(async () => {
  ensureWebBuild();
  stack = await startTestStackWithApi();
  browser = await launchUiBrowser();
  manager = await browser.tab();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('key figures page', () => {
  test('the programme manager opens "Nøgletal" from the menu: every criterion with its target and status, "ikke registreret" where nothing is recorded', async () => {
    await signInAs(manager, stack.baseUrl, 'manager');
    await manager.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Nøgletal' }).click();
    await manager.getByRole('heading', { level: 1, name: 'Nøgletal' }).waitFor();

    const criteria = manager.getByRole('region', { name: 'Succeskriterier' });
    await criteria.getByRole('columnheader', { name: 'Mål' }).waitFor();
    expect(await criteria.locator('tbody tr').count()).toBe(7);
    const row = (key: string) => criteria.locator(`tr[data-kpi="${key}"]`);
    expect(await row('matchesLastingAYear').getByRole('cell').first().textContent()).toBe('mindst 80 %');
    expect(await row('childrenMatched').getByRole('cell').first().textContent()).toBe('mindst 60 børn');
    for (const key of ['parentsReportPositiveEffects', 'familiesFeelSupported', 'caseworkersJudgeGoodSupplement']) {
      await row(key).getByText('ikke registreret', { exact: true }).waitFor();
    }
    await manager.getByRole('heading', { name: 'Ventetider' }).waitFor();
    await manager.getByRole('heading', { name: 'Familiernes kapacitet' }).waitFor();

    await expectAccessible(manager, 'kpis-manager');
  });

  test('a period can be chosen, and the page says which it shows', async () => {
    await manager.getByLabel('Fra (tom: fra programmets start)').fill('2025-01-01');
    await manager.getByLabel('Til og med (tom: i dag)').fill('2025-12-31');
    await manager.getByRole('button', { name: 'Vis' }).click();
    await manager.getByText('1.1.2025 til 31.12.2025').waitFor();
    await expectAccessible(manager, 'kpis-period');
  });

  test('the forecast shows the next 12 months as a band, in Danish, and how many more families would meet the target', async () => {
    const forecast = manager.getByRole('region', { name: 'Prognose for ventelisten de næste 12 måneder' });
    await forecast.getByRole('img', { name: 'Børn der venter på en familie ved hver måneds slutning' }).waitFor();
    // A new programme has no year of its own: the page says the starting rates are used.
    await forecast.getByText('under 90 dages historik').waitFor();
    expect(await forecast.locator('table tbody tr').count()).toBe(12);
    await forecast.getByText('Flere familier der skal til for at nå målet').waitFor();
    const extra = (await forecast.locator('dd').last().textContent()) ?? '';
    expect(extra).toMatch(/^(Ingen – målet nås med de familier, der er|\d+ famili(e|er) mere|Flere end 200 – .*)$/);
    await expectAccessible(manager, 'kpis-forecast');
  });
});
