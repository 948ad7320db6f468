import type { Page } from 'playwright-core';
import { caseworker, coordinator, scores } from '@venskab/domain/journey/journey.fixture';
import { AuditedJourney } from './support/audit-journeys';
import { startTestStackWithApi, TestStackWithApi } from './support/test-stack';
import { ensureWebBuild, launchUiBrowser, screenshot, signInAs, UiBrowser } from './support/ui-browser';

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
    await screenshot(auditor, 'oversight-audit-replay');
  });

  test('the read log lists the read with the reader\'s name and the child, and filters by child', async () => {
    await auditor.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Læselog' }).click();
    await auditor.getByRole('heading', { level: 1, name: 'Læselog' }).waitFor();
    const log = auditor.getByTestId('read-log');
    await log.getByText('Søren Dahl').first().waitFor();
    await log.getByRole('link', { name: 'A.U.' }).first().waitFor();
    await log.getByText('læste tidslinjen').first().waitFor();
    await auditor.getByLabel('Barn').selectOption({ label: 'A.U.' });
    await auditor.waitForURL(/journeyId=/);
    await log.getByText('Søren Dahl').first().waitFor();
    await auditor.setViewportSize({ width: 390, height: 844 });
    expect(await auditor.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await screenshot(auditor, 'oversight-read-log-phone');
  });

  test('the waiting list links the child to its journey and says why it waits', async () => {
    await auditor.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Ventelister' }).click();
    const row = auditor.getByTestId('waiting-children').getByRole('row').filter({ hasText: 'A.U.' });
    expect(await row.getByRole('link', { name: 'A.U.' }).getAttribute('href')).toBe(`/journeys/${journey.journeyId}`);
    await row.getByText(/Ingen godkendt familie har en ledig plads\.|Der er familier med ledig plads, men ingen er foreslået endnu\./).waitFor();
    expect(await auditor.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await screenshot(auditor, 'oversight-waiting-lists-phone');
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
  });

  test('the waiting lists say why each waits', async () => {
    await manager.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Ventelister' }).click();
    await manager.getByRole('heading', { level: 1, name: 'Ventelister' }).waitFor();
    await manager.getByRole('columnheader', { name: 'Hvorfor venter' }).first().waitFor();
    await manager.getByTestId('waiting-children').getByRole('row').filter({ hasText: 'A.U.' }).getByText(/ledig plads/).waitFor();
    expect(consoleErrors).toEqual([]);
  });

  test('on a 390 px phone the key figures do not run off the page', async () => {
    await manager.setViewportSize({ width: 390, height: 844 });
    await manager.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Nøgletal' }).click();
    await manager.getByRole('heading', { name: 'Ventetider' }).waitFor();
    expect(await manager.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await screenshot(manager, 'oversight-kpis-phone');
  });
});
