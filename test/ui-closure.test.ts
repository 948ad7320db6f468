import type { Page } from 'playwright-core';
import { activeJourneyViaApi, approvedFamilyViaApi } from './support/family-applications';
import { startTestStackWithApi, TestStackWithApi } from './support/test-stack';
import { ensureWebBuild, expectAccessible, launchUiBrowser, signInAs, UiBrowser } from './support/ui-browser';

/**
 * The closure as one guided flow in a real browser against the real API, Temporal and PostgreSQL:
 * a new family is settled before the goodbye (so the order cannot lose it), and the stage bar shows
 * the path the journey actually took.
 */
const RUN = Date.now().toString(36).slice(-4).toUpperCase();

let stack: TestStackWithApi;
let browser: UiBrowser;
let baseUrl: string;
let coordinator: Page;

async function currentStage(stage: string): Promise<void> {
  await coordinator.locator('.stage-bar li[aria-current="step"]', { hasText: stage }).waitFor();
}

/** The stage bar as "label:status" per step, in order. */
async function stageBar(): Promise<string[]> {
  return coordinator.locator('.stage-bar li').evaluateAll((items) => items.map((item) => `${item.textContent}:${item.className}`));
}

/** Opens an action in the closure section, sends it with what `fill` typed, and waits for the page to move on. */
async function act(type: string, title: string, fill: (form: ReturnType<Page['locator']>) => Promise<unknown> = async () => undefined): Promise<void> {
  const closure = coordinator.getByTestId('closure');
  await closure.locator('summary', { hasText: title }).click();
  const form = closure.locator(`form[data-command="${type}"]`);
  await fill(form);
  await form.getByRole('button', { name: title }).click();
  await form.waitFor({ state: 'detached' });
}

async function openActiveJourney(familyName: string): Promise<void> {
  const familyId = await approvedFamilyViaApi(baseUrl, {}, { displayName: familyName });
  const journeyId = await activeJourneyViaApi(baseUrl, familyId);
  await coordinator.goto(`${baseUrl}/journeys/${journeyId}`);
  await currentStage('Aktivt venskab');
}

beforeAll(async () => {
  ensureWebBuild();
  stack = await startTestStackWithApi();
  baseUrl = stack.baseUrl;
  browser = await launchUiBrowser();
  coordinator = await browser.tab();
  await signInAs(coordinator, baseUrl, 'coordinator');
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('closure and rematch as one guided flow', () => {
  test('the family ends the course: a new family is offered before any goodbye, and the child is back in matching', async () => {
    await openActiveJourney(`Familien Berg ${RUN}`);
    await act('RequestClosure', 'Afslut forløbet', (form) => form.getByLabel('Begrundelse').selectOption('family_ended_course'));
    await currentStage('Afsluttes');
    const closure = coordinator.getByTestId('closure');
    await closure.getByText('skal tilbydes en ny familie, før afskeden registreres').waitFor();
    // The goodbye would end the journey and lose the offer, so it is not offered yet.
    await closure.getByText('Afskeden registreres, når spørgsmålet om en ny familie er afklaret.').waitFor();
    expect(await coordinator.locator('summary', { hasText: 'Registrér afsked' }).count()).toBe(0);
    await expectAccessible(coordinator, 'closure-rematch-choice');

    await act('OfferRematch', 'Tilbyd ny familie');
    await closure.getByText('Der er tilbudt en ny familie. Registrér barnets sides svar.').waitFor();
    expect(await coordinator.locator('summary', { hasText: 'Registrér afsked' }).count()).toBe(0);
    await act('AcceptRematch', 'Registrér ja til ny familie');

    await currentStage('Matchning');
    expect(await stageBar()).toEqual([
      'Henvist:done',
      'Afventer samtykke:done',
      'Screening:done',
      'Matchning:done',
      'Venskabsmøde aftalt:done',
      'Aktivt venskab:done',
      'Afsluttes:done',
      'Matchning:current',
      'Venskabsmøde aftalt:ahead',
      'Aktivt venskab:ahead',
      'Etårsstatus:ahead',
      'Fortsætter:ahead',
    ]);
    await coordinator.getByRole('link', { name: 'Find en familie (matchning)' }).waitFor();
    await expectAccessible(coordinator, 'closure-rematched');
  });

  test('the parents stop early: the goodbye ends the journey, the review is not shown as done, and the ending is explained', async () => {
    await openActiveJourney(`Familien Dahl ${RUN}`);
    await act('RequestClosure', 'Afslut forløbet', (form) => form.getByLabel('Begrundelse').selectOption('parents_stopped'));
    const closure = coordinator.getByTestId('closure');
    await closure.getByText('Der tilbydes ikke en ny familie ved denne afslutning.').waitFor();
    expect(await coordinator.locator('summary', { hasText: 'Tilbyd ny familie' }).count()).toBe(0);
    await act('RecordGoodbye', 'Registrér afsked', (form) => form.getByLabel('Note').fill('En sidste eftermiddag med kage.'));

    await currentStage('Afsluttet');
    expect(await stageBar()).toEqual([
      'Henvist:done',
      'Afventer samtykke:done',
      'Screening:done',
      'Matchning:done',
      'Venskabsmøde aftalt:done',
      'Aktivt venskab:done',
      'Afsluttes:done',
      'Afsluttet:current',
    ]);
    await closure.getByText(/Forløbet sluttede .+ efter en afsked\./).waitFor();
    await closure.getByText('Årsag: Forældrene stoppede').waitFor();
    // Consent can still be withdrawn after the end (it stops the follow-up measurement); the page says so.
    await closure.getByText('Forældrene kan stadig trække samtykket tilbage efter afslutningen.', { exact: false }).waitFor();
    await coordinator.locator('summary', { hasText: 'Træk samtykke tilbage' }).waitFor();
    for (const gone of ['Afslut forløbet', 'Registrér afsked', 'Tilbyd ny familie']) {
      expect(await coordinator.locator('summary', { hasText: gone }).count()).toBe(0);
    }
    await expectAccessible(coordinator, 'closure-ended');
  });
});
