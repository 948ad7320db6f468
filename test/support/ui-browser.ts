import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, BrowserContext, Page } from 'playwright-core';
import type { Identity } from '../../apps/api/src/identity/identity';
import { tokenFor } from './http';

const ROOT = path.resolve(__dirname, '../..');
export const SCREENSHOTS = path.join(ROOT, '.test-artifacts', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The API serves web/dist; build it when a fresh clone has none (the start and test commands build it too). */
export function ensureWebBuild(): void {
  if (fs.existsSync(path.join(ROOT, 'web', 'dist', 'index.html'))) return;
  execFileSync(process.execPath, [require.resolve('vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}

/** The two screens the UI is made for: a caseworker's laptop and a family's phone. */
export const DESKTOP = { width: 1366, height: 900 };
export const PHONE = { width: 390, height: 844 };

export interface UiBrowser {
  context: BrowserContext;
  /** A new tab: its own sessionStorage, so each tab is one signed-in person. */
  tab(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchUiBrowser(): Promise<UiBrowser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: install it with "apt-get update && apt-get install -y chromium" (as root).`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'venskab-ui-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: DESKTOP,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
  });
  context.setDefaultTimeout(15_000);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    context,
    tab: () => context.newPage(),
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Signs in through the sign-in page with a demo account. */
export async function signInAs(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('Brugernavn').fill(username);
  await page.getByLabel('Adgangskode').fill('venskab-demo');
  await page.getByRole('button', { name: 'Log ind' }).click();
  await signedInAs(page);
}

/**
 * Who the header says is signed in, once it does: on a wide screen it shows the person beside the
 * menu; on a phone the person is in the menu's drawer, which this opens and closes again.
 */
export async function signedInAs(page: Page): Promise<string> {
  const signOut = page.getByRole('button', { name: 'Log ud' });
  const menu = page.getByRole('button', { name: 'Menu' });
  await signOut.or(menu).first().waitFor();
  if (await signOut.isVisible()) return page.locator('.header-user .who').innerText();
  await menu.click();
  const drawer = page.getByRole('dialog', { name: 'Menu' });
  const who = await drawer.locator('.user').innerText();
  await drawer.getByRole('button', { name: 'Luk' }).click();
  return who;
}

/** Goes to a page by the main menu, opening the phone's drawer first where the menu lives there. */
export async function viaMenu(page: Page, name: string): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name, exact: true }).click();
}

/** Puts a token for any identity (e.g. the matched family's account) where the UI keeps its session. */
export async function useIdentity(page: Page, baseUrl: string, identity: Identity): Promise<void> {
  const accessToken = await tokenFor(identity);
  await page.goto(`${baseUrl}/`);
  // The function runs in the page, where sessionStorage exists; the test process has no DOM types.
  await page.evaluate(`sessionStorage.setItem('venskab.session', ${JSON.stringify(JSON.stringify({ accessToken, identity }))})`);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
  /** The first few elements, as CSS selectors: where to look. */
  where: string[];
}

/** axe-core's WCAG 2.0 and 2.1 A/AA rules on the page as it is: every violation, whatever its impact. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const axeSource: string = require('axe-core').source;
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    .then((result) => result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, nodes: violation.nodes.length, where: violation.nodes.map((node) => node.target.join(' ')).slice(0, 3) })))`);
  return violations as AxeViolation[];
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Keeps a picture of the page as it is and fails on any axe violation on it, naming the page. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  expect({ page: name, violations: await axeViolations(page) }).toEqual({ page: name, violations: [] });
}
