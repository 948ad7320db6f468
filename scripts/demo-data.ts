/**
 * Fills an EMPTY running Venskab with a realistic programme, through the public API only (the same
 * validation and domain rules a person meets): about 40 volunteer families at every step of
 * recruitment and 60 children at every stage of their journey, with logbook entries, a concern that
 * led to a notification, a closure with goodbye, a consent withdrawal and a rematch.
 *
 *   npm run demo:data                      # against http://127.0.0.1:3000
 *   API_URL=http://host:port npm run demo:data
 *
 * It signs in with the demo staff accounts (POST /auth/token) and refuses to run when journeys exist.
 * Families write their logbooks as people do: a coordinator invites an adult of each family
 * (POST /people, e-mail familie-<n>@demo.venskab.dk) and the script accepts the invitation with a
 * password (POST /invitations/{token}/accept), which signs the adult in. At the end it invites the
 * demo accounts `family` (an adult of a family with an active child) and `parent` (a parent of an
 * active child), both with the demo password.
 * With real days, nothing time-driven has happened yet: no reminders, escalations or long waits,
 * and every active child has at most its first visit week written.
 */

import { homeAtPlace } from '@venskab/domain/places';

const API_URL = (process.env.API_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'venskab-demo';
const PARALLEL = 4;

type Body = Record<string, unknown>;

/** The fields of the API's answers this script reads (each answer has some of them). */
interface Answer {
  accessToken: string;
  invitationUrl: string;
  familyId: string;
  journeyId: string;
  total: number;
  items: Array<{ stage: string; journeyId: string; familyId: string | null }>;
  state: { reservations: Array<{ journeyId: string }> };
}

class ApiError extends Error {}

async function call(token: string | null, method: 'GET' | 'POST', path: string, body?: Body): Promise<Answer> {
  const response = await fetch(`${API_URL}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new ApiError(`${method} ${path} answered ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : {}) as Answer;
}

async function signIn(username: string): Promise<string> {
  const answer = await call(null, 'POST', '/auth/token', { username, password: DEMO_PASSWORD });
  return answer.accessToken;
}

/** Runs `work` for every item, a few at a time, in order of the list. */
async function inBatches<T, R>(items: T[], work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += PARALLEL) {
    results.push(...(await Promise.all(items.slice(start, start + PARALLEL).map((item, offset) => work(item, start + offset)))));
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// The programme's people (invented): families around Copenhagen, children with initials only.

const SURNAMES = [
  'Hansen', 'Jensen', 'Nielsen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen',
  'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Christiansen', 'Poulsen', 'Johansen', 'Møller', 'Mortensen',
  'Knudsen', 'Jakobsen', 'Mikkelsen', 'Olesen', 'Frederiksen', 'Laursen', 'Henriksen', 'Lund', 'Holm', 'Schmidt',
  'Eriksen', 'Kristiansen', 'Clausen', 'Simonsen', 'Svendsen', 'Andreasen', 'Iversen', 'Østergaard', 'Jeppesen', 'Vestergaard',
];
const FIRST_NAMES = ['Anna', 'Bo', 'Camilla', 'Daniel', 'Eva', 'Frederik', 'Gitte', 'Henrik', 'Ida', 'Jonas', 'Karen', 'Lars', 'Maja', 'Niels', 'Pia', 'Rasmus', 'Sofie', 'Thomas'];
/** Homes in and around Copenhagen, by their code in the shipped place table (districts of København, and Frederiksberg). */
const PLACE_CODES = [
  '0101-valby', '0101-vanlose', '0101-norrebro', '0101-osterbro', '0101-amager-vest', '0101-amager-ost',
  '0101-bispebjerg', '0101-bronshoj-husum', '0101-vesterbro-kongens-enghave', '0101-indre-by', '0147',
] as const;
const WEEKDAY_SETS = [['tuesday', 'thursday'], ['monday', 'wednesday'], ['wednesday'], ['thursday', 'friday'], ['tuesday'], ['monday', 'tuesday', 'thursday']];
const NEEDS = [['anxiety'], ['language_support'], ['adhd', 'learning_difficulties'], [], ['attachment_difficulties'], ['autism'], ['anxiety', 'language_support']];
const INTERESTS = [['fodbold', 'bagning'], ['tegning', 'natur'], ['svømning'], ['musik', 'brætspil'], ['cykling', 'dyr'], ['læsning', 'madlavning'], ['håndbold', 'lego']];
const SITUATIONS = [
  'Bor med sin mor og to mindre søskende; få voksne omkring sig uden for skolen.',
  'Bor hos sin far efter en skilsmisse; faren arbejder i aftenvagter.',
  'Familien kom til Danmark for tre år siden og har intet netværk her.',
  'Moren er langtidssyg; barnet tager meget ansvar derhjemme.',
  'Bor hos sin mormor; forældrene kan ikke tage sig af barnet.',
  'Genert i skolen; skolen fortæller, at barnet ofte er alene i frikvartererne.',
];

function pick<T>(list: readonly T[], index: number): T {
  return list[index % list.length];
}

/**
 * A home chosen from the place table as the UI records it: the place's code with the table's own
 * coordinates for it (the API refuses any other), and the place in words.
 */
function homeAt(placeCode: string): Body {
  const home = homeAtPlace(placeCode);
  if (!home) throw new Error(`no place ${placeCode} in the place table`);
  return { homeDistrict: home.label, home: { placeCode: home.placeCode, lat: home.lat, lon: home.lon } };
}

/** Where the child lives and when it can visit, as the coordinator records it at the screening visit. */
function childHomeOf(index: number): Body {
  return {
    ...homeAt(pick(PLACE_CODES, index + 3)),
    weekdaysPossible: [pick(['tuesday', 'wednesday', 'thursday'], index), pick(['monday', 'friday'], index)],
    needs: index % 4 === 0 ? ['anxiety'] : [],
  };
}

function householdOf(index: number): Body {
  const surname = pick(SURNAMES, index);
  const adults = index % 4 === 3
    ? [{ adultId: 'a1', name: `${pick(FIRST_NAMES, index)} ${surname}` }]
    : [
        { adultId: 'a1', name: `${pick(FIRST_NAMES, index)} ${surname}` },
        { adultId: 'a2', name: `${pick(FIRST_NAMES, index + 7)} ${surname}` },
      ];
  return {
    motivation: 'Vi har plads ved bordet og vil gerne give et barn en fast eftermiddag om ugen.',
    expectations: 'Et venskab, der holder; vi ved, at det tager tid, før barnet føler sig hjemme.',
    adults,
    ownChildren: index % 3 === 0 ? [{ age: 6 + (index % 5) }] : [{ age: 4 + (index % 6) }, { age: 9 + (index % 4) }],
    pets: index % 2 === 0 ? ['dog'] : [],
    ...homeAt(pick(PLACE_CODES, index)),
    weekdaysAvailable: pick(WEEKDAY_SETS, index),
    capacity: index % 5 === 0 ? 2 : 1,
    needsAbleToMeet: pick(NEEDS, index + 1),
    interests: pick(INTERESTS, index),
  };
}

function referralOf(index: number): Body {
  const letters = 'ABDEFGHIJKLMNOPRSTUV';
  return {
    childLabel: `${letters[index % letters.length]}.${letters[(index * 7 + 3) % letters.length]}.`,
    age: 5 + (index % 9),
    situation: pick(SITUATIONS, index),
    needs: pick(['Rolige, forudsigelige voksne.', 'Hjælp til dansk og lektier.', 'Tålmodighed; det tager tid for barnet at stole på voksne.', 'Nogen at lege udenfor med.'], index),
    interests: pick(INTERESTS, index + 2),
    legalBasis: index % 3 === 0 ? 'barnets-lov-30' : 'barnets-lov-32',
    exclusionCriteriaConfirmedAbsent: true,
    caseworkerUnit: pick(['Børn og Unge Nord', 'Børn og Unge Syd', 'Børn og Unge Vest', 'Børn og Unge Centrum'], index),
  };
}

function measurement(seed: number): Body {
  const score = (offset: number) => 1 + ((seed + offset) % 3);
  return { psychological: score(0), relational: score(1), socialCompetences: score(2), coping: score(1), selfPerception: score(0), school: score(2) };
}

// ---------------------------------------------------------------------------------------------

interface Programme {
  coordinator: string;
  caseworkers: string[];
  /** The first adult's name of each family, to invite them by. */
  adultNames: Map<string, string>;
  /** Each family's signed-in adult, invited once. */
  familySignIns: Map<string, Promise<string>>;
  /**
   * Whether the journeys keep their family's places themselves (reserve on a proposal, confirm on
   * the match, end with the course). Found out at the first proposal; if they do not, this script
   * sends the family's link commands as a coordinator would.
   */
  journeysLinkFamilies?: boolean;
}

async function recruitFamily(p: Programme, index: number, upTo: 'applied' | 'home_visit_held' | 'training_completed' | 'approved'): Promise<string> {
  const surname = pick(SURNAMES, index);
  const applied = await call(p.coordinator, 'POST', '/families', {
    displayName: `Familien ${surname}${index >= SURNAMES.length ? ` (${index})` : ''}`,
    email: `${surname.toLowerCase().replace(/ø/g, 'oe').replace(/æ/g, 'ae').replace(/å/g, 'aa')}${index}@example.dk`,
  });
  const familyId = applied.familyId;
  const household = householdOf(index);
  p.adultNames.set(familyId, (household.adults as Array<{ name: string }>)[0].name);
  if (upTo === 'applied') return familyId;
  await familyCommand(p, familyId, 'RecordHomeVisit', household);
  if (upTo === 'home_visit_held') return familyId;
  for (const adult of household.adults as Array<{ adultId: string }>) {
    await familyCommand(p, familyId, 'RecordChildCertificate', { adultId: adult.adultId, issuedOn: new Date(Date.now() - (20 + index) * 86_400_000).toISOString() });
  }
  await familyCommand(p, familyId, 'CompleteTraining', {});
  if (upTo === 'training_completed') return familyId;
  await familyCommand(p, familyId, 'Approve', {});
  return familyId;
}

function familyCommand(p: Programme, familyId: string, type: string, body: Body): Promise<unknown> {
  return call(p.coordinator, 'POST', `/families/${familyId}/commands/${type}`, body);
}

function journeyCommand(token: string, journeyId: string, type: string, body: Body): Promise<Answer> {
  return call(token, 'POST', `/journeys/${journeyId}/commands/${type}`, body);
}

type JourneyGoal = 'awaiting_consent' | 'consent_refused' | 'screening' | 'matching' | 'meeting_scheduled' | 'active' | 'concern' | 'closed' | 'withdrawn' | 'rematched';

/** Families with a free place, taken in turn as children are matched. */
class FamilyPool {
  private next = 0;
  constructor(private readonly places: string[]) {}
  /** The next free place, in a family other than `except` (a rematched child gets a new family). */
  take(except?: string): string {
    const at = this.places.findIndex((familyId, index) => index >= this.next && familyId !== except);
    if (at === -1) throw new Error('The demo ran out of approved families with a free place.');
    const [familyId] = this.places.splice(at, 1);
    this.places.splice(this.next, 0, familyId);
    this.next += 1;
    return familyId;
  }
}

/** The family's link commands, unless the journey sends them itself. */
async function linkFamily(p: Programme, familyId: string, type: 'ReserveForJourney' | 'ConfirmMatch' | 'EndMatch', body: Body): Promise<void> {
  if (p.journeysLinkFamilies === undefined) {
    const family = await call(p.coordinator, 'GET', `/families/${familyId}`);
    p.journeysLinkFamilies = family.state.reservations.some((link) => link.journeyId === body.journeyId);
  }
  if (!p.journeysLinkFamilies) await familyCommand(p, familyId, type, body);
}

/** A journey that goes on to weekly visits meets its family today; one left waiting meets in 2-11 days. */
async function matchWith(p: Programme, journeyId: string, familyId: string, index: number, meetsToday: boolean): Promise<void> {
  await journeyCommand(p.coordinator, journeyId, 'ProposeMatch', { familyId, note: 'Kort transporttid og fælles interesser.' });
  await linkFamily(p, familyId, 'ReserveForJourney', { journeyId });
  await journeyCommand(p.coordinator, journeyId, 'AcceptMatch', { side: 'child' });
  await journeyCommand(p.coordinator, journeyId, 'AcceptMatch', { side: 'family' });
  await linkFamily(p, familyId, 'ConfirmMatch', { journeyId });
  const daysAhead = meetsToday ? 0 : 2 + (index % 10);
  await journeyCommand(p.coordinator, journeyId, 'ScheduleFriendshipMeeting', { scheduledFor: new Date(Date.now() + daysAhead * 86_400_000).toISOString() });
}

async function holdMeeting(p: Programme, journeyId: string, index: number): Promise<void> {
  await journeyCommand(p.coordinator, journeyId, 'RecordFriendshipMeetingHeld', {
    agreement: { weekday: pick(['tuesday', 'wednesday', 'thursday'], index), pickUp: 'Familien henter på skolen kl. 15.', return: 'Familien kører barnet hjem senest kl. 19.' },
    note: 'God stemning; barnet viste familien skolehaven.',
  });
}

/** Invites a person as the coordinator and accepts the invitation with the demo password: their sign-in token. */
async function invitedAndAccepted(p: Programme, person: Body): Promise<string> {
  const { invitationUrl } = await call(p.coordinator, 'POST', '/people', person);
  const token = new URL(invitationUrl).hash.slice(1);
  return (await call(null, 'POST', `/invitations/${token}/accept`, { password: DEMO_PASSWORD })).accessToken;
}

/** The family's adult, signed in: invited the first time the family writes. */
function familyToken(p: Programme, familyId: string): Promise<string> {
  let token = p.familySignIns.get(familyId);
  if (!token) {
    const email = `familie-${p.familySignIns.size + 1}@demo.venskab.dk`;
    token = invitedAndAccepted(p, { displayName: p.adultNames.get(familyId) ?? 'Familiens voksne', role: 'volunteer_family', email, familyId });
    p.familySignIns.set(familyId, token);
  }
  return token;
}

/** The demo accounts `family` and `parent`, tied to a child in weekly visits. */
async function demoFamilyAndParent(p: Programme): Promise<void> {
  const active = await call(p.coordinator, 'GET', '/journeys?stage=active&limit=1');
  const journey = active.items[0];
  if (!journey?.familyId) throw new Error('No active journey to tie the demo family and parent to.');
  await invitedAndAccepted(p, { displayName: p.adultNames.get(journey.familyId) ?? 'Familiens voksne', role: 'volunteer_family', username: 'family', familyId: journey.familyId });
  await invitedAndAccepted(p, { displayName: 'Louise Berg', role: 'parent', username: 'parent', journeyId: journey.journeyId });
}

async function driveJourney(p: Programme, pool: FamilyPool, goal: JourneyGoal, index: number): Promise<string> {
  const caseworker = pick(p.caseworkers, index);
  const { journeyId } = await call(caseworker, 'POST', '/journeys', referralOf(index));
  if (goal === 'awaiting_consent') return journeyId;
  if (goal === 'consent_refused') {
    await journeyCommand(caseworker, journeyId, 'RefuseConsent', { refusedBy: 'child', note: 'Barnet ønskede det ikke.' });
    return journeyId;
  }
  await journeyCommand(caseworker, journeyId, 'GiveConsent', { custodyHolders: index % 2 ? ['Mor', 'Far'] : ['Mor'], note: 'Underskrevet på mødet på skolen.' });
  if (goal === 'screening') return journeyId;
  await journeyCommand(p.coordinator, journeyId, 'RecordScreeningVisit', {
    baseline: measurement(index),
    matchingProfile: childHomeOf(index),
    note: 'Hjemmebesøg: motiverede forældre, roligt hjem.',
  });
  if (goal === 'matching') return journeyId;
  const familyId = pool.take();
  await matchWith(p, journeyId, familyId, index, goal !== 'meeting_scheduled');
  if (goal === 'meeting_scheduled') return journeyId;
  await holdMeeting(p, journeyId, index);

  if (goal === 'withdrawn') {
    await journeyCommand(caseworker, journeyId, 'WithdrawConsent', { withdrawnBy: 'custody_holders', reason: 'Familien flytter til en anden kommune.' });
    await linkFamily(p, familyId, 'EndMatch', { journeyId, reason: 'Samtykket blev trukket tilbage.', afterwards: 'available' });
    return journeyId;
  }
  const cancelled = index % 6 === 0;
  await journeyCommand(await familyToken(p, familyId), journeyId, 'WriteLogbookEntry', {
    week: 1,
    visit: cancelled ? 'cancelled' : 'held',
    ...(cancelled ? { cancelledBy: pick(['child', 'parents', 'family'], index) } : {}),
    note: cancelled ? 'Barnet var sygt; vi aftalte at ses i næste uge i stedet.' : pick(['Vi bagte boller og spillede fodbold i parken.', 'Først lektier, så lego og aftensmad sammen.', 'En rolig eftermiddag; barnet grinede meget ved aftensmaden.'], index),
    concern: goal === 'concern',
  });
  await journeyCommand(p.coordinator, journeyId, 'ScreenLogbooks', { note: 'Uge 1 læst.' });

  if (goal === 'concern') {
    // The logbook entry raised concern 1; the coordinator assesses it within the day.
    await journeyCommand(p.coordinator, journeyId, 'AssessConcern', {
      concernId: 'concern:1',
      outcome: 'notification_to_municipality',
      note: 'Barnet fortalte familien om vold i hjemmet; kommunen fik en underretning samme dag.',
    });
  }
  if (goal === 'closed') {
    await journeyCommand(p.coordinator, journeyId, 'RequestClosure', { reason: 'relationship_did_not_take', note: 'Barnet følte sig ikke tryg hos familien.' });
    await journeyCommand(p.coordinator, journeyId, 'RecordGoodbye', { note: 'En planlagt sidste eftermiddag med en lille gave.' });
    await journeyCommand(p.coordinator, journeyId, 'RecordBridgeBuilding', { movedOnToOrganisedLeisure: true, activity: 'Fodboldklub' });
    await linkFamily(p, familyId, 'EndMatch', { journeyId, reason: 'Relationen lykkedes ikke.', afterwards: 'available' });
  }
  if (goal === 'rematched') {
    await journeyCommand(p.coordinator, journeyId, 'RequestClosure', { reason: 'family_ended_course', note: 'Familien flytter til udlandet på grund af arbejde.' });
    await linkFamily(p, familyId, 'EndMatch', { journeyId, reason: 'Familien flytter til udlandet.', afterwards: 'paused' });
    await journeyCommand(p.coordinator, journeyId, 'OfferRematch', { note: 'Barnet og forældrene er tilbudt en ny familie.' });
    await journeyCommand(caseworker, journeyId, 'AcceptRematch', { note: 'Forældrene ønsker en ny familie.' });
    await matchWith(p, journeyId, pool.take(familyId), index + 1, false);
  }
  return journeyId;
}

async function main(): Promise<void> {
  const health = await fetch(`${API_URL}/health`).catch(() => null);
  if (!health?.ok) throw new Error(`No healthy Venskab at ${API_URL} (GET /health). Start it with npm start, or set API_URL.`);
  const programme: Programme = { coordinator: await signIn('coordinator'), caseworkers: [await signIn('caseworker')], adultNames: new Map(), familySignIns: new Map() };
  const existing = await call(programme.coordinator, 'GET', '/journeys?limit=1');
  if (existing.total > 0) throw new Error(`Refusing to run: the system already has ${existing.total} journeys. The demo data is for an empty system.`);

  console.log(`demo-data: filling ${API_URL}`);
  const recruitment: Array<'applied' | 'home_visit_held' | 'training_completed' | 'approved'> = [
    ...Array<'applied'>(4).fill('applied'),
    ...Array<'home_visit_held'>(3).fill('home_visit_held'),
    ...Array<'training_completed'>(2).fill('training_completed'),
    ...Array<'approved'>(31).fill('approved'),
  ];
  const families = await inBatches(recruitment, (upTo, index) => recruitFamily(programme, index, upTo));
  const approved = families.filter((_, index) => recruitment[index] === 'approved');
  console.log(`demo-data: ${families.length} families (${approved.length} approved)`);

  // A family with two places can take two children (its second place comes last); one approved family pauses, one withdraws.
  const secondPlaces = approved.filter((_, index) => householdOf(recruitment.indexOf('approved') + index).capacity === 2);
  const places = [...approved, ...secondPlaces];
  const paused = approved.at(-1)!;
  const withdrawn = approved.at(-2)!;
  await familyCommand(programme, paused, 'Pause', { note: 'En ny baby i familien; tilbage til foråret.' });
  await familyCommand(programme, withdrawn, 'Withdraw', { reason: 'Familien flyttede til Aarhus.' });
  const pool = new FamilyPool(places.filter((familyId) => familyId !== paused && familyId !== withdrawn));

  const goals: JourneyGoal[] = [
    ...Array<JourneyGoal>(6).fill('awaiting_consent'),
    ...Array<JourneyGoal>(2).fill('consent_refused'),
    ...Array<JourneyGoal>(6).fill('screening'),
    ...Array<JourneyGoal>(13).fill('matching'),
    ...Array<JourneyGoal>(4).fill('meeting_scheduled'),
    ...Array<JourneyGoal>(24).fill('active'),
    'concern',
    'closed',
    'withdrawn',
    'rematched',
    'active',
  ];
  const journeys = await inBatches(goals, (goal, index) =>
    driveJourney(programme, pool, goal, index).catch((error: unknown) => {
      throw new Error(`child ${index + 1} (${goal}): ${error instanceof Error ? error.message : String(error)}`);
    }),
  );
  const stages = await call(programme.coordinator, 'GET', '/journeys?limit=200');
  const byStage = stages.items.reduce<Record<string, number>>((counts, row) => ({ ...counts, [row.stage]: (counts[row.stage] ?? 0) + 1 }), {});
  console.log(`demo-data: ${journeys.length} children by stage: ${JSON.stringify(byStage)}`);
  await demoFamilyAndParent(programme);
  console.log('demo-data: done. Sign in as coordinator / caseworker / manager / auditor / family / parent (password venskab-demo) and see /api/docs.');
}

main().catch((error: unknown) => {
  console.error(`demo-data: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
