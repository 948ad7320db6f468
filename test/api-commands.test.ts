import { randomUUID } from 'node:crypto';
import type { Identity } from '../apps/api/src/identity/identity';
import { JOURNEY_COMMAND_DTOS } from '../apps/api/src/journeys/dto/journey-command-dtos';
import { FAMILY_COMMAND_DTOS } from '../apps/api/src/families/dto/family-command-dtos';
import { journeyWorkflowId } from '@venskab/contracts';
import { activeJourneyViaApi, approvedFamilyViaApi, BASELINE, familyAccount, journeyStep } from './support/family-applications';
import { http } from './support/http';
import { CASEWORKER, COORDINATOR, eligibleReferral } from './support/referrals';
import { startTestStackWithApi, TestStackWithApi } from './support/test-stack';
import { waitFor } from './support/wait-for';

const OTHER_CASEWORKER: Identity = { userId: 'caseworker-other', role: 'caseworker' };

// One endpoint per command: POST /journeys/:id/commands/<Type> and /families/:id/commands/<Type>, each with its own DTO.
describe('command endpoints', () => {
  let stack: TestStackWithApi;
  beforeAll(async () => {
    stack = await startTestStackWithApi();
  });
  afterAll(() => stack.stop());

  const referred = async (caseworker: Identity = CASEWORKER): Promise<string> => {
    const answer = await http(stack.baseUrl, 'POST', '/journeys', { actor: caseworker, body: eligibleReferral() });
    expect(answer.status).toBe(201);
    return answer.body.journeyId;
  };

  it('takes a child to weekly visits through the command endpoints; the family writes its logbook after accepting its invitation', async () => {
    const familyId = await approvedFamilyViaApi(stack.baseUrl);
    const journeyId = await activeJourneyViaApi(stack.baseUrl, familyId);

    const invited = await http(stack.baseUrl, 'POST', '/people', { actor: COORDINATOR, body: { displayName: 'Karen Hansen', role: 'volunteer_family', familyId } });
    expect(invited.status).toBe(201);
    const token = new URL(invited.body.invitationUrl).hash.slice(1);
    const signedIn = await http(stack.baseUrl, 'POST', `/invitations/${token}/accept`, { body: { password: 'bager-boller-42' } });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.identity).toEqual({ userId: invited.body.personId, role: 'volunteer_family', displayName: 'Karen Hansen', familyId });
    const entry = await http(stack.baseUrl, 'POST', `/journeys/${journeyId}/commands/WriteLogbookEntry`, {
      token: signedIn.body.accessToken,
      body: { week: 1, visit: 'held', note: 'Baked buns and played football.', concern: false },
    });
    expect(entry.status).toBe(201);
    // The family's answer is its own view: the agreement and the visits, never the journey's state.
    expect(entry.body).toEqual(expect.objectContaining({ view: 'family', stage: 'active', agreement: { weekday: 'tuesday', pickUp: 'School at 15', return: 'Home by 19' } }));
    expect(entry.body).not.toHaveProperty('state');
    const written = await http(stack.baseUrl, 'GET', `/journeys/${journeyId}`, { actor: COORDINATOR });
    expect(written.body.state.logbook).toEqual([expect.objectContaining({ familyId, week: 1, visit: 'held' })]);
    // The family's account reaches its own family only.
    expect((await http(stack.baseUrl, 'GET', `/families/${randomUUID()}`, { token: signedIn.body.accessToken })).status).toBe(404);
    expect((await http(stack.baseUrl, 'POST', `/families/${familyId}/account-token`, { actor: COORDINATOR })).status).toBe(404);

    // A caseworker's command answers with the milestones only.
    const concern = await http(stack.baseUrl, 'POST', `/journeys/${journeyId}/commands/RaiseConcern`, {
      actor: CASEWORKER,
      body: { source: 'conversation', description: 'The school called about bruises.' },
    });
    expect(concern.status).toBe(201);
    expect(Object.keys(concern.body).sort()).toEqual(['journeyId', 'milestones', 'stage']);
    expect(JSON.stringify(concern.body)).not.toMatch(/bruises|Baked buns/);
  });

  it('answers 400 naming each bad field, nested ones by their path', async () => {
    const journeyId = await referred();
    await journeyStep(stack.baseUrl, journeyId, 'GiveConsent', { custodyHolders: ['Mother'] }, CASEWORKER);
    const screening = await http(stack.baseUrl, 'POST', `/journeys/${journeyId}/commands/RecordScreeningVisit`, {
      actor: COORDINATOR,
      body: { baseline: { ...BASELINE, coping: 5, school: 0, relational: 'good' }, note: 7, extra: true },
    });
    expect(screening.status).toBe(400);
    expect(screening.body.code).toBe('validation_failed');
    const messages: string = screening.body.message.join('\n');
    for (const field of ['baseline.coping', 'baseline.school', 'baseline.relational', 'note', 'extra']) expect(messages).toContain(field);
    expect(messages).not.toContain('baseline.psychological');

    const missing = await http(stack.baseUrl, 'POST', `/journeys/${journeyId}/commands/RecordScreeningVisit`, { actor: COORDINATOR, body: {} });
    expect(missing.status).toBe(400);
    expect(missing.body.message.join(' ')).toMatch(/baseline/);

    const enums = await http(stack.baseUrl, 'POST', `/journeys/${journeyId}/commands/RequestClosure`, { actor: COORDINATOR, body: { reason: 'bored' } });
    expect(enums.status).toBe(400);
    expect(enums.body.message.join(' ')).toMatch(/reason must be one of the following values: parents_stopped/);

    const date = await http(stack.baseUrl, 'POST', `/journeys/${journeyId}/commands/ScheduleFriendshipMeeting`, { actor: COORDINATOR, body: { scheduledFor: 'next tuesday' } });
    expect(date.status).toBe(400);
    expect(date.body.message.join(' ')).toMatch(/scheduledFor/);

    const homeVisit = await http(stack.baseUrl, 'POST', `/families/${randomUUID()}/commands/RecordHomeVisit`, {
      actor: COORDINATOR,
      body: { motivation: 'x', expectations: 'y', adults: [{ adultId: 'a1' }], ownChildren: [{ age: 'seven' }], pets: [], homeDistrict: 'Valby', home: { lat: 91, lon: 12 }, weekdaysAvailable: ['funday'], capacity: 1, needsAbleToMeet: ['magic'], interests: [] },
    });
    expect(homeVisit.status).toBe(400);
    const homeMessages: string = homeVisit.body.message.join('\n');
    for (const field of ['adults.0.name', 'ownChildren.0.age', 'home.lat', 'weekdaysAvailable', 'needsAbleToMeet']) expect(homeMessages).toContain(field);

    const unknownType = await http(stack.baseUrl, 'POST', `/journeys/${journeyId}/commands/ReferChild`, { actor: CASEWORKER, body: {} });
    expect(unknownType.status).toBe(400);
    expect(unknownType.body.code).toBe('unknown_command');
    expect((await http(stack.baseUrl, 'POST', `/journeys/${journeyId}/commands/FamilyWithdrew`, { actor: COORDINATOR, body: {} })).status).toBe(400);
  });

  it('answers 400 for malformed JSON, never 500', async () => {
    const journeyId = await referred();
    const { tokenFor } = await import('./support/http');
    const response = await fetch(`${stack.baseUrl}/journeys/${journeyId}/commands/GiveConsent`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(CASEWORKER)}` },
      body: '{"custodyHolders": [',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'bad_request', message: expect.stringMatching(/JSON/) });
  });

  it("answers 409 with the domain's code and sentence for a refused command, 404 for an unknown or unseen journey", async () => {
    const journeyId = await referred();
    const tooEarly = await http(stack.baseUrl, 'POST', `/journeys/${journeyId}/commands/RecordScreeningVisit`, { actor: COORDINATOR, body: { baseline: BASELINE } });
    expect(tooEarly.status).toBe(409);
    expect(Object.keys(tooEarly.body).sort()).toEqual(['code', 'message']);
    expect(tooEarly.body.code).toEqual(expect.any(String));

    const unknown = await http(stack.baseUrl, 'POST', `/journeys/${randomUUID()}/commands/GiveConsent`, { actor: CASEWORKER, body: { custodyHolders: ['Mother'] } });
    expect(unknown.status).toBe(404);
    const notTheirs = await http(stack.baseUrl, 'POST', `/journeys/${journeyId}/commands/GiveConsent`, { actor: OTHER_CASEWORKER, body: { custodyHolders: ['Mother'] } });
    expect(notTheirs.status).toBe(404);
    const badId = await http(stack.baseUrl, 'POST', '/journeys/not-an-id/commands/GiveConsent', { actor: CASEWORKER, body: { custodyHolders: ['Mother'] } });
    expect(badId.status).toBe(400);
  });

  it('a family cannot write to or read another family’s journey', async () => {
    const familyId = await approvedFamilyViaApi(stack.baseUrl);
    const journeyId = await activeJourneyViaApi(stack.baseUrl, familyId);
    const stranger = familyAccount(await approvedFamilyViaApi(stack.baseUrl));
    const write = await http(stack.baseUrl, 'POST', `/journeys/${journeyId}/commands/WriteLogbookEntry`, {
      actor: stranger,
      body: { week: 1, visit: 'held', note: 'Not our child.', concern: false },
    });
    expect(write.status).toBe(404);
    expect((await http(stack.baseUrl, 'GET', `/journeys/${journeyId}`, { actor: stranger })).status).toBe(404);
    expect((await http(stack.baseUrl, 'GET', `/journeys/${journeyId}/row`, { actor: stranger })).status).toBe(404);
  });

  it('answers GET /journeys/:id from the read model once Temporal no longer holds the workflow', async () => {
    const journeyId = await referred();
    await journeyStep(stack.baseUrl, journeyId, 'GiveConsent', { custodyHolders: ['Mother'], note: 'Signed at the school.' }, CASEWORKER);
    await stack.client.workflowService.deleteWorkflowExecution({
      namespace: stack.config.temporalNamespace,
      workflowExecution: { workflowId: journeyWorkflowId(journeyId) },
    });
    const fromRows = await waitFor(async () => {
      const answer = await http(stack.baseUrl, 'GET', `/journeys/${journeyId}`, { actor: COORDINATOR });
      return answer.body?.source === 'read_model' ? answer : undefined;
    }, 15_000);
    expect(fromRows.status).toBe(200);
    expect(fromRows.body).toMatchObject({ journeyId, source: 'read_model', row: { journeyId, stage: 'screening', caseworkerId: CASEWORKER.userId } });

    const caseworkerView = await http(stack.baseUrl, 'GET', `/journeys/${journeyId}`, { actor: CASEWORKER });
    expect(caseworkerView.status).toBe(200);
    expect(caseworkerView.body).toEqual({
      journeyId,
      stage: 'screening',
      source: 'read_model',
      milestones: [
        { type: 'ChildReferred', at: expect.any(String) },
        { type: 'ConsentGiven', at: expect.any(String) },
      ],
    });
    expect((await http(stack.baseUrl, 'GET', `/journeys/${journeyId}`, { actor: OTHER_CASEWORKER })).status).toBe(404);
    expect((await http(stack.baseUrl, 'GET', `/journeys/${randomUUID()}`, { actor: COORDINATOR })).status).toBe(404);
  });

  it('documents every command endpoint with its own request body at /api/docs-json, and serves /api/docs without a token', async () => {
    const docs = await http(stack.baseUrl, 'GET', '/api/docs-json');
    expect(docs.status).toBe(200);
    const paths = docs.body.paths as Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { $ref: string } }> }; security?: unknown[] }>>;
    const expected = [
      ...Object.keys(JOURNEY_COMMAND_DTOS).map((type) => [`/journeys/{journeyId}/commands/${type}`, type] as const),
      ...Object.keys(FAMILY_COMMAND_DTOS).map((type) => [`/families/{familyId}/commands/${type}`, type] as const),
    ];
    expect(expected).toHaveLength(27 + 13);
    for (const [path, type] of expected) {
      const operation = paths[path]?.post;
      expect({ path, documented: operation !== undefined }).toEqual({ path, documented: true });
      expect(operation!.requestBody!.content['application/json'].schema.$ref).toBe(`#/components/schemas/${type}Dto`);
      expect(operation!.security).toEqual([{ bearer: [] }]);
    }
    const commandPaths = Object.keys(paths).filter((path) => path.includes('/commands/'));
    expect(commandPaths.sort()).toEqual(expected.map(([path]) => path).sort());
    expect(docs.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(docs.body.components.schemas.WellbeingMeasurementDto.properties.coping).toMatchObject({ minimum: 1, maximum: 4 });
    for (const path of ['/journeys', '/families', '/tasks', '/tasks/{taskId}/done', '/journeys/{journeyId}', '/auth/token', '/auth/me', '/people', '/invitations/{token}/accept']) expect(paths).toHaveProperty([path]);

    const ui = await fetch(`${stack.baseUrl}/api/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toMatch(/swagger/i);
  });
});
