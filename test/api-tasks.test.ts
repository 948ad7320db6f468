import type { Identity } from '../apps/api/src/identity/identity';
import { activeJourneyViaApi, approvedFamilyViaApi, familyAccount, journeyStep } from './support/family-applications';
import { http } from './support/http';
import { CASEWORKER, COORDINATOR, eligibleReferral } from './support/referrals';
import { startTestStackWithApi, TestStackWithApi } from './support/test-stack';
import { waitFor } from './support/wait-for';

const OTHER_CASEWORKER: Identity = { userId: 'caseworker-other', role: 'caseworker' };
const MANAGER: Identity = { userId: 'manager-eva', role: 'programme_manager' };

interface Task {
  taskId: string;
  journeyId: string | null;
  kind: string;
  assigneeRole: string;
  status: 'open' | 'done';
  overdue: boolean;
  dueAt: string;
}

// The tasks inbox against real reminders: the API starts journeys under a 100 ms programme day, so
// the workflows' timers open tasks within seconds (a visit week is 0.7 s, the consent reminder 3 s).
describe('tasks inbox', () => {
  let stack: TestStackWithApi;
  let familyId: string;
  let active: string;
  let awaitingScreening: string;
  let awaitingConsent: string;

  const inbox = async (actor: Identity, query = ''): Promise<{ items: Task[]; total: number }> => {
    const answer = await http(stack.baseUrl, 'GET', `/tasks${query}`, { actor });
    expect(answer.status).toBe(200);
    return answer.body;
  };
  const until = (actor: Identity, found: (tasks: Task[]) => boolean, query = '') =>
    waitFor(async () => {
      const page = await inbox(actor, query);
      return found(page.items) ? page : undefined;
    }, 30_000, 200);

  beforeAll(async () => {
    process.env.PROGRAMME_DAY_LENGTH_MS = '100';
    stack = await startTestStackWithApi();
    familyId = await approvedFamilyViaApi(stack.baseUrl);
    active = await activeJourneyViaApi(stack.baseUrl, familyId);
    const second = await http(stack.baseUrl, 'POST', '/journeys', { actor: CASEWORKER, body: eligibleReferral() });
    awaitingScreening = second.body.journeyId;
    await journeyStep(stack.baseUrl, awaitingScreening, 'GiveConsent', { custodyHolders: ['Father'] }, CASEWORKER);
    const third = await http(stack.baseUrl, 'POST', '/journeys', { actor: OTHER_CASEWORKER, body: eligibleReferral() });
    awaitingConsent = third.body.journeyId;
  });
  afterAll(async () => {
    delete process.env.PROGRAMME_DAY_LENGTH_MS;
    await stack?.stop();
  });

  it("shows each caller the tasks that are theirs: a coordinator the coordinators', a family its journeys', a caseworker those of the children they referred", async () => {
    // Other test files share the database, so the checks look at this file's journeys.
    await until(COORDINATOR, (tasks) => tasks.some((task) => task.kind === 'screening_overdue'), `?journeyId=${awaitingScreening}`);
    expect((await inbox(COORDINATOR, '?limit=200')).items.every((task) => task.assigneeRole === 'coordinator')).toBe(true);

    const family = await until(familyAccount(familyId), (tasks) => tasks.some((task) => task.kind === 'logbook_missing'));
    expect(family.items.length).toBeGreaterThan(0);
    expect(family.items.every((task) => task.journeyId === active && task.assigneeRole === 'volunteer_family')).toBe(true);
    const stranger = await inbox(familyAccount(await approvedFamilyViaApi(stack.baseUrl)));
    expect(stranger.items).toEqual([]);

    // The consent reminder of the other caseworker's child opens at 30 days; it may already have lapsed (done) at 60.
    await until(OTHER_CASEWORKER, (tasks) => tasks.some((task) => task.kind === 'consent_reminder'), `?journeyId=${awaitingConsent}`);
    expect((await inbox(CASEWORKER, `?journeyId=${awaitingConsent}`)).items).toEqual([]);
    expect((await inbox(CASEWORKER, '?limit=200')).items.every((task) => task.assigneeRole === 'caseworker')).toBe(true);

    expect((await inbox(MANAGER, '?limit=200')).items.every((task) => task.assigneeRole === 'programme_manager')).toBe(true);
    expect((await http(stack.baseUrl, 'GET', '/tasks', { actor: { userId: 'auditor-ida', role: 'auditor' } })).status).toBe(403);
    expect((await http(stack.baseUrl, 'GET', '/tasks')).status).toBe(401);
  });

  it('filters by state, due date and journey, and pages', async () => {
    await until(COORDINATOR, (tasks) => tasks.filter((task) => task.journeyId === active).length >= 2, `?journeyId=${active}`);
    const overdue = await inbox(COORDINATOR, '?state=overdue');
    expect(overdue.items.length).toBeGreaterThan(0);
    expect(overdue.items.every((task) => task.status === 'open' && task.overdue && Date.parse(task.dueAt) < Date.now())).toBe(true);

    const ofJourney = await inbox(COORDINATOR, `?journeyId=${awaitingScreening}`);
    expect(ofJourney.items.map((task) => task.kind)).toEqual(['screening_overdue']);
    expect((await inbox(COORDINATOR, '?dueBefore=2000-01-01T00:00:00.000Z')).items).toEqual([]);

    const firstPage = await inbox(COORDINATOR, '?limit=1');
    expect(firstPage.items).toHaveLength(1);
    expect(firstPage.total).toBeGreaterThan(1);
    const secondPage = await inbox(COORDINATOR, '?limit=1&offset=1');
    expect(secondPage.items[0].taskId).not.toBe(firstPage.items[0].taskId);

    // Screening the logbooks closes the screening tasks through the domain event.
    await journeyStep(stack.baseUrl, active, 'ScreenLogbooks', {}, COORDINATOR);
    const done = await inbox(COORDINATOR, `?state=done&journeyId=${active}`);
    expect(done.items.map((task) => task.kind)).toContain('logbook_screening');
    expect(done.items.every((task) => task.status === 'done' && !task.overdue)).toBe(true);

    const invalid = await http(stack.baseUrl, 'GET', '/tasks?state=late&dueBefore=soon&journeyId=x&limit=0', { actor: COORDINATOR });
    expect(invalid.status).toBe(400);
    for (const field of ['state', 'dueBefore', 'journeyId', 'limit']) expect(invalid.body.message.join(' ')).toMatch(field);
  });

  it('does not tick off by hand a task a domain event closes: 409 naming the action', async () => {
    const { items } = await inbox(COORDINATOR, `?journeyId=${awaitingScreening}&state=open`);
    const taskId = encodeURIComponent(items[0].taskId);
    const answer = await http(stack.baseUrl, 'POST', `/tasks/${taskId}/done`, { actor: COORDINATOR });
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ code: 'task.closed_by_action', action: `POST /journeys/${awaitingScreening}/commands/RecordScreeningVisit` });
    expect(answer.body.message).toMatch(/screening visit/);

    expect((await http(stack.baseUrl, 'POST', `/tasks/${taskId}/done`, { actor: CASEWORKER })).status).toBe(403);
    expect((await http(stack.baseUrl, 'POST', `/tasks/${encodeURIComponent(`${awaitingScreening}/supervision:9-9`)}/done`, { actor: COORDINATOR })).status).toBe(404);
    expect((await http(stack.baseUrl, 'POST', '/tasks/not-a-task/done', { actor: COORDINATOR })).status).toBe(400);
  });
});
