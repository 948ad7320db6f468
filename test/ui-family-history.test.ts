import type { Page } from 'playwright-core';
import { familyViewQuery, familyWorkflowId } from '@venskab/contracts';
import { approvedFamilyViaApi, familyAccount, journeyStep } from './support/family-applications';
import { journeyInMatchingViaApi } from './support/family-journeys';
import { COORDINATOR } from './support/referrals';
import { startTestStackWithApi, TestStackWithApi } from './support/test-stack';
import { ensureWebBuild, expectAccessible, launchUiBrowser, signInAs, UiBrowser, useIdentity } from './support/ui-browser';
import { waitFor } from './support/wait-for';

/** The family page's "Earlier children": a proposal the family declined stays on its page, in a real browser. */
let stack: TestStackWithApi;
let browser: UiBrowser;
let page: Page;
let familyId: string;
const DECLINE_REASON = 'Vi kan ikke om onsdagen alligevel.';

beforeAll(async () => {
  ensureWebBuild();
  stack = await startTestStackWithApi();
  browser = await launchUiBrowser();
  page = await browser.tab();
  familyId = await approvedFamilyViaApi(stack.baseUrl);
  const journeyId = await journeyInMatchingViaApi(stack.baseUrl);
  await journeyStep(stack.baseUrl, journeyId, 'ProposeMatch', { familyId }, COORDINATOR);
  await journeyStep(stack.baseUrl, journeyId, 'DeclineMatch', { side: 'family', reason: DECLINE_REASON }, COORDINATOR);
  // The journey tells the family by a signal; its page reads the family's workflow.
  await waitFor(async () => {
    const view = await stack.client.workflow.getHandle(familyWorkflowId(familyId)).query(familyViewQuery);
    return view.state.endedLinks.length === 1 ? true : undefined;
  });
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('family page, earlier children', () => {
  test('the coordinator sees the declined proposal with the child, how it ended and why', async () => {
    await signInAs(page, stack.baseUrl, 'coordinator');
    await page.goto(`${stack.baseUrl}/families/${familyId}`);
    const earlier = page.getByRole('region', { name: 'Tidligere børn' });
    await earlier.waitFor();
    const card = earlier.getByTestId('family-earlier-journeys').getByRole('listitem');
    expect(await card.count()).toBe(1);
    await card.getByText('Forslag trukket tilbage').waitFor();
    await card.getByText(`The family's side declined: ${DECLINE_REASON}`).waitFor();
    expect(await card.getByRole('link').textContent()).not.toBe('Et barn');
    await expectAccessible(page, 'family-history');
  });

  test('the family sees that the proposal ended, but not the reason written on the child’s side', async () => {
    await useIdentity(page, stack.baseUrl, familyAccount(familyId));
    await page.goto(`${stack.baseUrl}/families/${familyId}`);
    const card = page.getByRole('region', { name: 'Tidligere børn' }).getByRole('listitem');
    await card.getByText('Forslag trukket tilbage').waitFor();
    expect(await card.getByText(DECLINE_REASON, { exact: false }).count()).toBe(0);
  });
});
