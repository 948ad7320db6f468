import type { Page } from 'playwright-core';
import { homeAtPlace } from '@venskab/domain/places';
import { application, approvedFamilyViaApi, FAMILY_APPLICANT, journeyStep } from './support/family-applications';
import { http } from './support/http';
import { CASEWORKER, COORDINATOR, eligibleReferral } from './support/referrals';
import { startTestStackWithApi, TestStackWithApi } from './support/test-stack';
import { DESKTOP, ensureWebBuild, expectAccessible, launchUiBrowser, PHONE, signInAs, UiBrowser } from './support/ui-browser';

/**
 * Matching by place, in a real browser against the real API, Temporal and PostgreSQL: the
 * coordinator chooses the child's home from a list of places at the screening visit (nobody types a
 * coordinate), and on the matching page every changed need changes the suggestions; when nothing
 * fits, the page says why and what to try.
 */
// The run's test database is shared with other test files: names unique to this run keep locators unambiguous.
const RUN = Date.now().toString(36).slice(-4).toUpperCase();
const NEAR_FAMILY = `Familien Østerbro ${RUN}`;
const CALM_FAMILY = `Familien Valby ${RUN}`;

let stack: TestStackWithApi;
let browser: UiBrowser;
let coordinator: Page;
let journeyId: string;

/** A family's home as the place picker records it: the table's coordinates with the place's code. */
function homeAt(placeCode: string) {
  const home = homeAtPlace(placeCode)!;
  return { home: { placeCode, lat: home.lat, lon: home.lon }, homeDistrict: home.label };
}

/** A family's card among the suggestions. */
const suggested = (page: Page, family: string) => page.locator('section[aria-labelledby="suggestions-heading"] li.tile', { has: page.getByRole('heading', { name: family }) });

beforeAll(async () => {
  ensureWebBuild();
  stack = await startTestStackWithApi();
  // Østerbro is about 2 km from the child's Nørrebro; the Valby family does not feel able to meet anxiety.
  await approvedFamilyViaApi(stack.baseUrl, { ...homeAt('0101-osterbro'), weekdaysAvailable: ['tuesday'], needsAbleToMeet: ['anxiety'] }, { displayName: NEAR_FAMILY });
  await approvedFamilyViaApi(stack.baseUrl, { ...homeAt('0101-valby'), weekdaysAvailable: ['tuesday'], needsAbleToMeet: [] }, { displayName: CALM_FAMILY });
  const referred = await http(stack.baseUrl, 'POST', '/journeys', { actor: CASEWORKER, body: eligibleReferral({ childLabel: `P.${RUN}` }) });
  if (referred.status !== 201) throw new Error(`referral answered ${referred.status}: ${JSON.stringify(referred.body)}`);
  journeyId = referred.body.journeyId;
  await journeyStep(stack.baseUrl, journeyId, 'GiveConsent', { custodyHolders: ['Mor'] }, CASEWORKER);
  browser = await launchUiBrowser();
  coordinator = await browser.tab();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('matching by place', () => {
  test("the coordinator chooses the child's home from a list of places at the screening visit", async () => {
    await signInAs(coordinator, stack.baseUrl, 'coordinator');
    await coordinator.goto(`${stack.baseUrl}/journeys/${journeyId}`);
    await coordinator.locator('summary', { hasText: 'Registrér screeningsbesøg' }).click();
    const screening = coordinator.locator('form[data-command="RecordScreeningVisit"]');
    for (const label of ['Psykisk trivsel', 'Relationel trivsel', 'Sociale kompetencer', 'Mestring', 'Selvopfattelse', 'Trivsel i skolen']) {
      await screening.getByLabel(label).selectOption('2');
    }
    // No field asks for a coordinate; a few letters narrow the list of places.
    expect(await screening.getByText(/breddegrad|længdegrad/i).count()).toBe(0);
    await screening.getByLabel('Søg efter bydel eller kommune').fill('nørre');
    await screening.getByText('2 steder passer.').waitFor();
    const place = screening.getByLabel('Barnets bydel eller kommune');
    expect(await place.locator('option').allInnerTexts()).toEqual(['Vælg …', 'Nørrebro', 'Nørresundby']);
    await place.selectOption({ label: 'Nørrebro' });
    await screening.getByRole('group', { name: 'Ugedage der passer barnet' }).getByLabel('tirsdag').check();
    await screening.getByRole('group', { name: 'Barnets behov (til matchning)' }).getByLabel('Angst').check();
    await expectAccessible(coordinator, 'screening-place');
    await screening.getByRole('button', { name: 'Registrér screeningsbesøg' }).click();
    await coordinator.locator('.stage-bar li[aria-current="step"]', { hasText: 'Matchning' }).waitFor();

    // The command recorded the chosen place with the table's coordinates.
    const view = await http(stack.baseUrl, 'GET', `/journeys/${journeyId}`, { actor: COORDINATOR });
    expect(view.body.state.matchingProfile).toMatchObject({ homeDistrict: 'Nørrebro, København', home: { placeCode: '0101-norrebro', lat: 55.695, lon: 12.545 } });
  });

  test('on the matching page a changed need changes the suggestions, and distances read as Danes write them', async () => {
    await coordinator.getByRole('link', { name: 'Find en familie (matchning)' }).click();
    await coordinator.getByText(/^Udfyldt fra screeningsbesøget/).waitFor();
    expect(await coordinator.getByLabel('Barnets bydel eller kommune').inputValue()).toBe('0101-norrebro');

    const near = suggested(coordinator, NEAR_FAMILY);
    await near.getByText(/^Bor \d+,\d km væk, ca\. \d+ min\. transporttid\.$/).waitFor();
    expect(await near.innerText()).not.toMatch(/point|\d\.\d km|Fælles interesser: *\./);
    // The Valby family is left out for the need, in Danish.
    await coordinator.locator('section[aria-labelledby="excluded-heading"] li', { hasText: CALM_FAMILY }).getByText(/Familien føler sig ikke rustet til: Angst\./).waitFor();
    expect(await suggested(coordinator, CALM_FAMILY).count()).toBe(0);
    await expectAccessible(coordinator, 'matching-by-place');

    // Unticking the need is sent, and the Valby family is suggested too.
    await coordinator.getByRole('group', { name: 'Barnets behov' }).getByLabel('Angst').uncheck();
    await suggested(coordinator, CALM_FAMILY).getByText(/^Bor \d+,\d km væk/).waitFor();

    // A need no family meets: the page says which rule left out how many, and what to try.
    await coordinator.getByRole('group', { name: 'Barnets behov' }).getByLabel('Autisme').check();
    await coordinator.getByRole('heading', { name: 'Hvorfor ingen familie passer' }).waitFor();
    await coordinator.getByText(/^\d+ familie(r)? føler sig ikke rustet til barnets behov\.$/).waitFor();
    await coordinator.getByText('Fjern et behov, der ikke er afgørende, eller tal med en familie om det.').waitFor();
    await coordinator.getByRole('heading', { name: 'Tættest på at passe' }).waitFor();
    await coordinator.getByRole('status').filter({ hasText: '0 familier passer.' }).waitFor();
    await coordinator.setViewportSize(PHONE);
    await expectAccessible(coordinator, 'matching-nothing-fits-phone');
  });

  test('the API derives the coordinates from a place code, and refuses a place it does not know', async () => {
    const byPlace = await http(stack.baseUrl, 'GET', `/journeys/${journeyId}/match-suggestions?place=0101-osterbro&weekdays=tuesday&needs=`, { actor: COORDINATOR });
    expect(byPlace.status).toBe(200);
    expect(byPlace.body.child.home).toEqual({ placeCode: '0101-osterbro', lat: 55.705, lon: 12.575 });
    const unknown = await http(stack.baseUrl, 'GET', `/journeys/${journeyId}/match-suggestions?place=0101-atlantis&weekdays=tuesday`, { actor: COORDINATOR });
    expect(unknown.status).toBe(400);
  });

  test("the coordinator chooses the family's home from the same list at the home visit", async () => {
    const applied = await http(stack.baseUrl, 'POST', '/families', { actor: FAMILY_APPLICANT, body: application({ displayName: `Familien Viby ${RUN}` }) });
    const familyId: string = applied.body.familyId;
    await coordinator.setViewportSize(DESKTOP);
    await coordinator.goto(`${stack.baseUrl}/families/${familyId}`);
    await coordinator.locator('summary', { hasText: 'Registrér hjemmebesøget' }).click();
    const visit = coordinator.locator('form[data-command="RecordHomeVisit"]');
    await visit.getByLabel('Motivation').fill('Vi har plads til en mere.');
    await visit.getByLabel('Forventninger').fill('En fast eftermiddag om ugen.');
    await visit.getByLabel('Voksne i husstanden').fill('Anna Holm\nBo Holm');
    await visit.getByLabel('Egne børns alder').fill('7, 10');
    await visit.getByLabel('Søg efter bydel eller kommune').fill('viby');
    await visit.getByLabel('Familiens bydel eller kommune').selectOption({ label: 'Viby J' });
    await visit.getByRole('group', { name: 'Ugedage familien kan' }).getByLabel('tirsdag').check();
    await visit.getByLabel('Antal pladser').fill('1');
    await visit.getByRole('button', { name: 'Registrér hjemmebesøget' }).click();
    await coordinator.getByRole('status').filter({ hasText: 'Registreret' }).waitFor();

    const detail = await http(stack.baseUrl, 'GET', `/families/${familyId}`, { actor: COORDINATOR });
    expect(detail.body.state.household).toMatchObject({ homeDistrict: 'Viby J, Aarhus', home: { placeCode: '0751-viby-j', lat: 56.125, lon: 10.16 } });
  });
});
