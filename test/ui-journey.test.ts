import type { Page } from 'playwright-core';
import { approvedFamilyViaApi, familyAccount } from './support/family-applications';
import type { TestStackWithApi } from './support/test-stack';
import { DESKTOP, ensureWebBuild, expectAccessible, launchUiBrowser, PHONE, signInAs, UiBrowser, useIdentity } from './support/ui-browser';
import { startUiStackWithShortDays } from './support/ui-stack';

/**
 * The admin UI in a real browser against the real API, Temporal and PostgreSQL: a child's journey
 * from referral to weekly visits, each step by the person who takes it, in Danish.
 * A programme day lasts 1.5 s here, so the second visit week starts within seconds.
 */
const DAY_MS = 1500;
// The run's test database is shared with other test files: names unique to this run keep locators unambiguous.
const RUN = Date.now().toString(36).slice(-4).toUpperCase();
const FAMILY_NAME = `Familien Hansen ${RUN}`;
const CHILD_LABEL = `M.K.${RUN}`;
const NOTE_WEEK_1 = 'Vi bagte boller og spillede fodbold i haven.';
const NOTE_WEEK_2 = 'Barnet fortalte om noget derhjemme, der bekymrer os.';

let stack: TestStackWithApi;
let browser: UiBrowser;
let baseUrl: string;
let familyId: string;
let journeyId: string;
let caseworker: Page;
let coordinator: Page;
let family: Page;

async function currentStage(page: Page, stage: string): Promise<void> {
  await page.locator('.stage-bar li[aria-current="step"]', { hasText: stage }).waitFor();
}

/** Opens an action on the journey page and gives back its form. */
async function openAction(page: Page, type: string, title: string) {
  await page.locator('summary', { hasText: title }).click();
  return page.locator(`form[data-command="${type}"]`);
}

function copenhagenLocalInput(at: Date): string {
  const parts = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(at);
  return parts.replace(' ', 'T');
}

/** Opens the logbook form of visit week `week` (the page shows one visit at a time; others are chosen by their date). */
async function chooseVisit(week: number): Promise<void> {
  const choice = family.locator(`button.visit-choice[data-week="${week}"]`);
  if ((await choice.count()) > 0) await choice.click();
  await family.locator(`form.logbook-visit[data-week="${week}"]`).waitFor();
}

async function scoreAll(form: ReturnType<Page['locator']>, score: string): Promise<void> {
  for (const label of ['Psykisk trivsel', 'Relationel trivsel', 'Sociale kompetencer', 'Mestring', 'Selvopfattelse', 'Trivsel i skolen']) {
    await form.getByLabel(label).selectOption(score);
  }
}

beforeAll(async () => {
  ensureWebBuild();
  stack = await startUiStackWithShortDays(DAY_MS);
  baseUrl = stack.baseUrl;
  familyId = await approvedFamilyViaApi(baseUrl, {}, { displayName: FAMILY_NAME });
  browser = await launchUiBrowser();
  caseworker = await browser.tab();
  coordinator = await browser.tab();
  family = await browser.tab();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('admin UI', () => {
  test('a caseworker signs in and refers a child; an ineligible referral is refused with the reason and keeps what was typed', async () => {
    await signInAs(caseworker, baseUrl, 'caseworker');
    await caseworker.getByRole('link', { name: 'Henvis et barn' }).click();
    await caseworker.getByText('Hvem kan henvises?').waitFor();
    await expectAccessible(caseworker, 'referral-form');

    await caseworker.getByLabel('Betegnelse (fx initialer)').fill(CHILD_LABEL);
    await caseworker.getByLabel('Alder', { exact: true }).fill('15');
    await caseworker.getByLabel('Barnets situation').fill('Bor med mor og to søskende; få voksne omkring sig.');
    await caseworker.getByLabel('Barnets behov').fill('Rolige, forudsigelige voksne.');
    await caseworker.getByLabel('Interesser').fill('football, drawing');
    await caseworker.getByLabel('Lovgrundlag for barnets foranstaltning').selectOption('barnets-lov-32');
    // The form says so as the caseworker types, before anything is sent.
    await caseworker.getByTestId('eligibility-warning').filter({ hasText: 'aldersgrænser' }).waitFor();
    await caseworker.getByLabel('Jeg bekræfter, at ingen af udelukkelseskriterierne gælder for barnet.').check();
    await caseworker.getByLabel('Enhed').fill('bbu-nord');
    await caseworker.getByRole('button', { name: 'Send henvisningen' }).click();
    await caseworker.getByRole('alert').filter({ hasText: 'aldersgrænser' }).waitFor();
    expect(await caseworker.getByLabel('Barnets situation').inputValue()).toContain('to søskende');

    // The draft survives a reload of the tab.
    await caseworker.reload();
    expect(await caseworker.getByLabel('Betegnelse (fx initialer)').inputValue()).toBe(CHILD_LABEL);

    await caseworker.getByLabel('Alder', { exact: true }).fill('8');
    expect(await caseworker.getByTestId('eligibility-warning').count()).toBe(0);
    await caseworker.getByRole('button', { name: 'Send henvisningen' }).click();
    await caseworker.waitForURL(/\/journeys\/[0-9a-f-]+$/);
    journeyId = caseworker.url().split('/').pop()!;
    await currentStage(caseworker, 'Afventer samtykke');

    const consent = await openAction(caseworker, 'GiveConsent', 'Registrér samtykke');
    await consent.getByLabel('Forældremyndighedsindehavere').fill('Mor, Far');
    await consent.getByRole('button', { name: 'Registrér samtykke' }).click();
    await currentStage(caseworker, 'Screening');
  });

  test('the coordinator records the screening visit (field problems shown in place) and proposes a family from the suggestions', async () => {
    await signInAs(coordinator, baseUrl, 'coordinator');
    await coordinator.goto(`${baseUrl}/journeys/${journeyId}`);
    await currentStage(coordinator, 'Screening');
    const screening = await openAction(coordinator, 'RecordScreeningVisit', 'Registrér screeningsbesøg');
    await screening.getByLabel('Psykisk trivsel').selectOption('2');
    await screening.getByRole('button', { name: 'Registrér screeningsbesøg' }).click();
    await screening.getByRole('alert').first().waitFor();
    expect(await screening.getByLabel('Psykisk trivsel').inputValue()).toBe('2');
    await scoreAll(screening, '2');
    // The child's home for matching is optional, but once begun it must be complete; the home is a place from a list.
    await screening.getByLabel('Barnets bydel eller kommune').selectOption({ label: 'Indre By' });
    await screening.getByRole('button', { name: 'Registrér screeningsbesøg' }).click();
    await screening.getByRole('group', { name: 'Ugedage der passer barnet' }).getByRole('alert').waitFor();
    await screening.getByRole('group', { name: 'Ugedage der passer barnet' }).getByLabel('tirsdag').check();
    await screening.getByRole('button', { name: 'Registrér screeningsbesøg' }).click();
    await currentStage(coordinator, 'Matchning');

    await coordinator.getByRole('link', { name: 'Find en familie (matchning)' }).click();
    await coordinator.getByText(/^Udfyldt fra screeningsbesøget/).waitFor();
    expect(await coordinator.getByLabel('tirsdag').isChecked()).toBe(true);
    expect(await coordinator.getByLabel('Barnets bydel eller kommune').inputValue()).toBe('0101-indre-by');
    await coordinator.getByRole('heading', { name: FAMILY_NAME }).waitFor();
    await coordinator.getByText(/Bor [\d,.]+ km væk/).first().waitFor();
    await expectAccessible(coordinator, 'matching');
    await coordinator.getByRole('button', { name: `Foreslå ${FAMILY_NAME}` }).click();
    await coordinator.waitForURL(new RegExp(`/journeys/${journeyId}$`));
    await coordinator.getByText(/^Foreslået:/).waitFor();
    // The proposed family by its name, linking to its page.
    const proposed = coordinator.getByTestId('journey-family').filter({ hasText: FAMILY_NAME });
    await proposed.waitFor();
    expect(await proposed.getAttribute('href')).toBe(`/families/${familyId}`);

    const accept = await openAction(coordinator, 'AcceptMatch', 'Registrér ja til match');
    await accept.getByLabel('Hvem svarer').selectOption('child');
    await accept.getByRole('button', { name: 'Registrér ja til match' }).click();
    await coordinator.getByRole('status').filter({ hasText: 'Registreret' }).waitFor();
  });

  test('the family says yes, and the coordinator holds the friendship meeting', async () => {
    await useIdentity(family, baseUrl, familyAccount(familyId));
    await family.goto(`${baseUrl}/journeys/${journeyId}`);
    const accept = await openAction(family, 'AcceptMatch', 'Registrér ja til match');
    await accept.getByLabel('Hvem svarer').selectOption('family');
    await accept.getByRole('button', { name: 'Registrér ja til match' }).click();
    // The family's yes takes the action away; its confirmation stays.
    await family.getByRole('status').filter({ hasText: 'Registreret: Registrér ja til match.' }).waitFor();
    await family.locator('summary', { hasText: 'Registrér ja til match' }).waitFor({ state: 'detached' });

    await coordinator.reload();
    const schedule = await openAction(coordinator, 'ScheduleFriendshipMeeting', 'Aftal venskabsmøde');
    await schedule.getByLabel('Tidspunkt').fill(copenhagenLocalInput(new Date()));
    await schedule.getByRole('button', { name: 'Aftal venskabsmøde' }).click();
    await currentStage(coordinator, 'Venskabsmøde aftalt');

    const meeting = await openAction(coordinator, 'RecordFriendshipMeetingHeld', 'Registrér venskabsmødet');
    await meeting.getByLabel('Fast ugedag').selectOption('tuesday');
    await meeting.getByLabel('Afhentning').fill('Fra skolen kl. 15');
    await meeting.getByLabel('Hjemkørsel').fill('Hjemme kl. 19');
    await meeting.getByRole('button', { name: 'Registrér venskabsmødet' }).click();
    await currentStage(coordinator, 'Aktivt venskab');
  });

  test('an action the domain refuses shows the reason in place and keeps the form', async () => {
    const review = await openAction(coordinator, 'RecordOneYearReview', 'Registrér etårsstatus');
    // The form says from which day the review can be held, in Danish date format.
    await coordinator.locator('details', { has: review }).getByText(/^Etårsstatus kan tidligst holdes fra \d{1,2}\.\d{1,2}\.\d{4}\.$/).waitFor();
    await scoreAll(review, '3');
    await review.getByLabel('Barnet ønsker at fortsætte').check();
    await review.getByRole('button', { name: 'Registrér etårsstatus' }).click();
    await review.getByRole('alert').filter({ hasText: 'Etårsstatus kan tidligst holdes' }).waitFor();
    expect(await review.getByLabel('Mestring').inputValue()).toBe('3');
    await expectAccessible(coordinator, 'journey-refusal');
  });

  test('the volunteer family writes logbook entries, the second with a concern', async () => {
    await family.setViewportSize(PHONE);
    await family.goto(`${baseUrl}/journeys/${journeyId}`);
    await family.getByRole('link', { name: 'Skriv i logbogen' }).click();
    // The page offers the latest visit first; on a slow run week 2 may already be open, so week 1 is chosen by its button.
    await family.locator('form.logbook-visit').waitFor();
    await chooseVisit(1);
    await family.getByLabel('Hvordan gik det?').fill(NOTE_WEEK_1);
    await expectAccessible(family, 'logbook-form-mobile');
    await family.getByRole('button', { name: 'Gem i logbogen' }).click();
    await family.getByRole('status').filter({ hasText: 'er gemt i logbogen' }).waitFor();

    // Week 2 starts a programme week (7 × 1.5 s) after the friendship meeting. The page loads the
    // journey after the browser's load event, so each reload waits for the form or its "no week" text;
    // on a slow run week 3 may be open too, so week 2 is chosen rather than assumed.
    const deadline = Date.now() + 30_000;
    const week2 = family.locator('[data-week="2"]');
    for (;;) {
      await family.reload();
      await family.locator('form.logbook-visit').or(family.getByText('Der er ingen uge at skrive for lige nu.')).waitFor();
      if ((await week2.count()) > 0) break;
      if (Date.now() > deadline) throw new Error('week 2 never opened for the logbook');
      await family.waitForTimeout(1000);
    }
    await chooseVisit(2);
    await family.getByLabel('Hvordan gik det?').fill(NOTE_WEEK_2);
    await family.getByLabel('Jeg er bekymret for barnet').check();
    await family.getByRole('button', { name: 'Gem i logbogen' }).click();
    await family.getByRole('status').filter({ hasText: 'er gemt i logbogen' }).waitFor();
  });

  test('the coordinator sees the concern on My day and assesses it', async () => {
    await coordinator.getByRole('link', { name: 'Min dag' }).click();
    const deadline = Date.now() + 20_000;
    while ((await coordinator.getByTestId('concern-list').count()) === 0) {
      if (Date.now() > deadline) throw new Error('the concern never reached My day');
      await coordinator.waitForTimeout(500);
      await coordinator.reload();
    }
    await expectAccessible(coordinator, 'my-day');
    // The concern names the child and shows the time left to assess it (or how late it is), most urgent first.
    const concern = coordinator.getByTestId('concern-list').locator('li', { hasText: CHILD_LABEL });
    expect(await concern.innerText()).toMatch(/Vurder bekymring[\s\S]*(tilbage|Overskredet med)/);
    const dueTimes = await coordinator.getByTestId('concern-list').locator('time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''));
    expect(dueTimes).toEqual([...dueTimes].sort((a, b) => Date.parse(a) - Date.parse(b)));
    await concern.getByRole('link', { name: CHILD_LABEL }).click();
    await coordinator.waitForURL(new RegExp(`/journeys/${journeyId}$`));
    // Each visit by its date as Danes write it, never "Uge 2" (which reads as the calendar's week 2).
    const logbook = coordinator.locator('section[aria-labelledby="logbook-heading"]');
    await logbook.getByText(NOTE_WEEK_2).waitFor();
    expect(await logbook.locator('li strong').allInnerTexts()).toEqual([expect.stringMatching(/^\d{1,2}\.\d{1,2}\.\d{4}$/), expect.stringMatching(/^\d{1,2}\.\d{1,2}\.\d{4}$/)]);
    expect(await logbook.innerText()).not.toMatch(/\bUge\b/);
    await expectAccessible(coordinator, 'journey-coordinator');

    const assess = await openAction(coordinator, 'AssessConcern', 'Vurder bekymring');
    await assess.getByLabel('Bekymring').selectOption({ index: 1 });
    await assess.getByLabel('Udfald').selectOption('talk_with_family');
    await assess.getByLabel('Note').fill('Talt med familien; ingen grund til underretning.');
    await assess.getByRole('button', { name: 'Vurder bekymring' }).click();
    await coordinator.locator('.badge', { hasText: 'Samtale med familien' }).waitFor();

    await coordinator.getByRole('link', { name: 'Børn' }).click();
    await coordinator.getByRole('link', { name: CHILD_LABEL }).waitFor();
    await expectAccessible(coordinator, 'children');
    await coordinator.getByRole('link', { name: 'Familier' }).click();
    await coordinator.getByRole('link', { name: FAMILY_NAME }).waitFor();
    await expectAccessible(coordinator, 'families');
    await coordinator.getByRole('link', { name: 'Ventelister' }).click();
    await coordinator.getByRole('heading', { name: 'Børn der venter' }).waitFor();
    await expectAccessible(coordinator, 'waiting-lists');
  });

  test('the family page shows the household, the linked child and its supervision; commands in place for coordinator and family', async () => {
    await coordinator.goto(`${baseUrl}/journeys/${journeyId}`);
    const supervision = await openAction(coordinator, 'RecordSupervision', 'Registrér supervision');
    await supervision.getByLabel('Udfald').selectOption('held');
    await supervision.getByRole('button', { name: 'Registrér supervision' }).click();
    await coordinator.getByRole('status').filter({ hasText: 'Registreret' }).waitFor();

    await coordinator.getByTestId('journey-family').filter({ hasText: FAMILY_NAME }).click();
    await coordinator.waitForURL(new RegExp(`/families/${familyId}$`));
    await coordinator.getByRole('heading', { name: FAMILY_NAME }).waitFor();
    await coordinator.getByRole('heading', { name: 'Husstand' }).waitFor();
    expect(await coordinator.getByTestId('family-adults').innerText()).toMatch(/børneattest udstedt/);
    const linked = coordinator.getByTestId('family-journeys').locator('li', { hasText: CHILD_LABEL });
    expect(await linked.getByRole('link', { name: CHILD_LABEL }).getAttribute('href')).toBe(`/journeys/${journeyId}`);
    await linked.getByTestId('supervision').filter({ hasText: 'Holdt' }).waitFor();
    expect(await linked.getByTestId('supervision').innerText()).toMatch(/1 holdt, 0 udeblevet/);
    await expectAccessible(coordinator, 'family-coordinator');

    // A certificate dated in the future and an empty note: each shown in its form, and neither is sent
    // (the server would refuse them too: the family's workflow with a 409, the DTO with a 400).
    const certificate = await openAction(coordinator, 'RecordChildCertificate', 'Registrér børneattest');
    await certificate.getByLabel('Voksen').selectOption({ index: 1 });
    await certificate.getByLabel('Udstedt den').fill(new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10));
    // Said as the coordinator types, before anything is sent.
    await certificate.getByRole('alert').filter({ hasText: 'fremtiden' }).waitFor();
    await certificate.getByRole('button', { name: 'Registrér børneattest' }).click();
    await certificate.getByRole('alert').filter({ hasText: 'fremtiden' }).waitFor();
    // The error summary above the form names the problem and takes the coordinator to its field.
    await certificate.locator('.error-summary').getByRole('link', { name: /^Udstedt den: .*fremtiden/ }).click();
    const issuedOn = await certificate.getByLabel('Udstedt den').getAttribute('name');
    expect(await coordinator.evaluate('document.activeElement.getAttribute("name")')).toBe(issuedOn);
    const note = await openAction(coordinator, 'AddCoordinatorNote', 'Skriv en koordinatornote');
    await note.getByRole('button', { name: 'Skriv en koordinatornote' }).click();
    await note.getByRole('alert').first().waitFor();
    expect(await note.getByLabel('Note').getAttribute('aria-invalid')).toBe('true');

    // The family, signed in for its own family, pauses and resumes.
    await family.setViewportSize(DESKTOP);
    await family.goto(`${baseUrl}/children`);
    await family.getByRole('link', { name: 'Vores familie' }).click();
    await family.getByRole('heading', { name: FAMILY_NAME }).waitFor();
    await family.getByTestId('family-journeys').getByRole('link', { name: CHILD_LABEL }).waitFor();
    expect(await family.locator('summary').allInnerTexts()).toEqual(['Sæt familien på pause']);
    const pause = await openAction(family, 'Pause', 'Sæt familien på pause');
    await pause.getByRole('button', { name: 'Sæt familien på pause' }).click();
    await family.getByTestId('family-facts').getByText('På pause').waitFor();
    await expectAccessible(family, 'family-own');
    const resume = await openAction(family, 'Resume', 'Afslut pausen');
    await resume.getByRole('button', { name: 'Afslut pausen' }).click();
    await family.getByTestId('family-facts').getByText('Matchet').waitFor();
  });

  test('the caseworker sees the milestones but not the logbook text', async () => {
    await caseworker.goto(`${baseUrl}/journeys/${journeyId}`);
    await caseworker.getByRole('heading', { name: 'Milepæle' }).waitFor();
    await caseworker.getByText('Venskabsmøde holdt').waitFor();
    const text = await caseworker.locator('main').innerText();
    expect(text).not.toContain(NOTE_WEEK_1);
    expect(text).not.toContain(NOTE_WEEK_2);
    expect(text).not.toContain('Logbog');
    await expectAccessible(caseworker, 'journey-caseworker');
  });

  test('an auditor runs the replay check and finds the history deterministic', async () => {
    const auditor = await browser.tab();
    await signInAs(auditor, baseUrl, 'auditor');
    await auditor.goto(`${baseUrl}/journeys/${journeyId}/audit`);
    const temporalLink = auditor.getByRole('link', { name: 'Åbn forløbet i Temporals web-UI' });
    expect(await temporalLink.getAttribute('href')).toBe(`http://127.0.0.1:8233/namespaces/default/workflows/journey-${journeyId}`);
    await auditor.getByText('Logbogsindlæg skrevet').first().waitFor();
    await auditor.getByRole('button', { name: 'Kør genafspilningstjek' }).click();
    await auditor.getByTestId('replay-result').filter({ hasText: 'Historikken giver samme forløb med den nuværende kode' }).waitFor({ timeout: 60_000 });
    await expectAccessible(auditor, 'audit');
  });

  test('switching to English shows English texts on My day, Children and the journey page', async () => {
    await coordinator.goto(`${baseUrl}/my-day`);
    await coordinator.getByRole('button', { name: 'English' }).click();
    try {
      await coordinator.getByRole('heading', { name: 'My day', level: 1 }).waitFor();
      expect(await coordinator.locator('html').getAttribute('lang')).toBe('en');
      await coordinator.getByRole('heading', { name: 'Concerns' }).waitFor();
      await coordinator.getByRole('link', { name: 'Children' }).click();
      await coordinator.getByRole('heading', { name: 'Children', level: 1 }).waitFor();
      await coordinator.getByRole('columnheader', { name: 'Next due' }).waitFor();
      await coordinator.getByRole('link', { name: CHILD_LABEL }).click();
      await coordinator.getByRole('heading', { name: `Journey of ${CHILD_LABEL}` }).waitFor();
      await currentStage(coordinator, 'Active friendship');
      await coordinator.getByRole('heading', { name: 'Actions' }).waitFor();
      await coordinator.locator('summary', { hasText: 'Record supervision' }).waitFor();
      const text = await coordinator.locator('main').innerText();
      for (const danish of ['Handlinger', 'Bekymringer', 'Logbog', 'Samtykke']) expect(text).not.toContain(danish);
      await expectAccessible(coordinator, 'journey-english');
    } finally {
      await coordinator.getByRole('button', { name: 'Dansk' }).click();
    }
  });
});
