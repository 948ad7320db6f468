import type { Page } from 'playwright-core';
import { caseworker, coordinator, scores } from '@venskab/domain/journey/journey.fixture';
import { AuditedJourney } from './support/audit-journeys';
import { startTestStackWithApi, TestStackWithApi } from './support/test-stack';
import { ensureWebBuild, expectAccessible, launchUiBrowser, PHONE, signInAs, UiBrowser, viaMenu } from './support/ui-browser';

const TEMPORAL_UI_URL = 'http://temporal-ui.example.test:9999';

/** The auditor's and the programme manager's screens in a real browser, in Danish. */
let stack: TestStackWithApi;
let browser: UiBrowser;
let journey: AuditedJourney;

beforeAll(async () => {
  ensureWebBuild();
  stack = await startTestStackWithApi({ TEMPORAL_UI_URL });
  browser = await launchUiBrowser();
  journey = await AuditedJourney.start(stack);
  // Into matching, so the child is on the waiting list.
  await journey.send({ type: 'GiveConsent', actor: caseworker, custodyHolders: ['Mother'], note: 'Signed.' });
  await journey.send({ type: 'RecordScreeningVisit', actor: coordinator, baseline: scores(2), note: 'Motivated family.' });
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('auditor', () => {
  let auditor: Page;

  test('the audit page links to the configured Temporal UI, shows the replay in progress, then a plain result', async () => {
    auditor = await browser.tab();
    await signInAs(auditor, stack.baseUrl, 'auditor');
    await auditor.goto(`${stack.baseUrl}/journeys/${journey.journeyId}/audit`);
    await auditor.getByRole('heading', { level: 1, name: 'Revision' }).waitFor();
    const link = auditor.getByTestId('temporal-link');
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`${TEMPORAL_UI_URL}/namespaces/default/workflows/journey-${journey.journeyId}`);

    await auditor.getByRole('button', { name: 'Kør genafspilningstjek' }).click();
    await auditor.getByText('Genafspiller historikken … (kan tage op til et halvt minut)').waitFor();
    const result = auditor.getByTestId('replay-result');
    await result.waitFor({ timeout: 60_000 });
    const text = (await auditor.getByTestId('replay-status').textContent()) ?? '';
    expect(text).toContain('Historikken giver samme forløb med den nuværende kode.');
    expect(text).not.toMatch(/workflowkode|Kørsel|temporal\)|[0-9a-f]{8}-[0-9a-f]{4}/i);
    await expectAccessible(auditor, 'oversight-audit-replay');
  });

  test('the read log lists the read with the reader\'s name and the child, and filters by child', async () => {
    await viaMenu(auditor, 'Læselog');
    await auditor.getByRole('heading', { level: 1, name: 'Læselog' }).waitFor();
    const log = auditor.getByTestId('read-log');
    await log.getByText('Søren Dahl').first().waitFor();
    await log.getByRole('link', { name: 'A.U.' }).first().waitFor();
    await log.getByText('læste tidslinjen').first().waitFor();
    await auditor.getByLabel('Barn').selectOption({ label: 'A.U.' });
    await auditor.waitForURL(/journeyId=/);
    await log.getByText('Søren Dahl').first().waitFor();
    await expectAccessible(auditor, 'oversight-read-log');
    await auditor.setViewportSize(PHONE);
    expect(await auditor.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(auditor, 'oversight-read-log-phone');
  });

  test('the waiting list links the child to its journey and says why it waits', async () => {
    await viaMenu(auditor, 'Ventelister');
    const row = auditor.getByTestId('waiting-children').getByRole('row').filter({ hasText: 'A.U.' });
    expect(await row.getByRole('link', { name: 'A.U.' }).getAttribute('href')).toBe(`/journeys/${journey.journeyId}`);
    await row.getByText(/Ingen godkendt familie har en ledig plads\.|Der er familier med ledig plads, men ingen er foreslået endnu\./).waitFor();
    expect(await auditor.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(auditor, 'oversight-waiting-lists-phone');
  });
});

describe('programme manager', () => {
  let manager: Page;
  const consoleErrors: string[] = [];

  test('My day loads without errors and shows the manager\'s escalations', async () => {
    manager = await browser.tab();
    manager.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await signInAs(manager, stack.baseUrl, 'manager');
    await manager.getByRole('heading', { level: 1, name: 'Min dag' }).waitFor();
    await manager.getByRole('heading', { name: /Dine eskaleringer/ }).waitFor();
    await manager.waitForLoadState('networkidle');
    expect(consoleErrors).toEqual([]);
    await expectAccessible(manager, 'my-day-manager');
  });

  test('the waiting lists say why each waits', async () => {
    await viaMenu(manager, 'Ventelister');
    await manager.getByRole('heading', { level: 1, name: 'Ventelister' }).waitFor();
    await manager.getByRole('columnheader', { name: 'Hvorfor venter' }).first().waitFor();
    await manager.getByTestId('waiting-children').getByRole('row').filter({ hasText: 'A.U.' }).getByText(/ledig plads/).waitFor();
    expect(consoleErrors).toEqual([]);
    await expectAccessible(manager, 'waiting-lists-manager');
  });

  test('on a 390 px phone the key figures do not run off the page', async () => {
    await manager.setViewportSize(PHONE);
    await viaMenu(manager, 'Nøgletal');
    await manager.getByRole('heading', { name: 'Ventetider' }).waitFor();
    expect(await manager.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(manager, 'oversight-kpis-phone');
  });

  test('on a phone the menu is a drawer: it opens on Menu, names the person, and closes on Escape', async () => {
    const menu = manager.getByRole('button', { name: 'Menu' });
    await menu.click();
    const drawer = manager.getByRole('dialog', { name: 'Menu' });
    await drawer.getByRole('link', { name: 'Ventelister' }).waitFor();
    expect(await drawer.innerText()).toContain('programleder');
    expect(await manager.evaluate('document.activeElement?.textContent')).toBe('Luk');
    await expectAccessible(manager, 'menu-drawer-phone');
    await manager.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    expect(await manager.evaluate('document.activeElement?.textContent')).toBe('Menu');
  });
});
