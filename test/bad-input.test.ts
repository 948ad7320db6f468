import { activeJourneyViaApi, approvedFamilyViaApi, familyAccount } from './support/family-applications';
import { http } from './support/http';
import { journeyProjected } from './support/journey-projected';
import { eventCountOf, rawPost } from './support/raw-command';
import { CASEWORKER, COORDINATOR } from './support/referrals';
import { startTestStackWithApi, TestStackWithApi } from './support/test-stack';

// Issue 17, "bad input changes nothing": each kind of bad request gets its 4xx, and the aggregate keeps every event count.
describe('bad input changes nothing', () => {
  let stack: TestStackWithApi;
  let familyId: string;
  let journeyId: string;
  beforeAll(async () => {
    stack = await startTestStackWithApi();
    familyId = await approvedFamilyViaApi(stack.baseUrl, { capacity: 2 });
    journeyId = await activeJourneyViaApi(stack.baseUrl, familyId);
  }, 120_000);
  afterAll(() => stack.stop());

  it('refuses a body that is not a JSON object, or is not JSON, on a family command that takes no fields', async () => {
    const pausable = await approvedFamilyViaApi(stack.baseUrl);
    const before = await eventCountOf(stack.client, { familyId: pausable });
    const path = `/families/${pausable}/commands/Pause`;
    // The code is checked where this guard gives it; a field's own problem is the validation's to name.
    const cases: Array<[{ text?: string; contentType?: string }, number, string | undefined]> = [
      [{ text: '[]', contentType: 'application/json' }, 400, 'body_not_json_object'],
      [{ text: '[{"note":"x"}]', contentType: 'application/json' }, 400, 'body_not_json_object'],
      [{ text: 'null', contentType: 'application/json' }, 400, 'bad_request'],
      [{ text: '"pause"', contentType: 'application/json' }, 400, 'bad_request'],
      [{ text: '', contentType: 'application/json' }, 400, 'body_not_json_object'],
      [{}, 415, 'unsupported_media_type'],
      [{ text: 'pause please', contentType: 'text/plain' }, 415, 'unsupported_media_type'],
      [{ text: 'note=x', contentType: 'application/x-www-form-urlencoded' }, 415, 'unsupported_media_type'],
      [{ text: '{"__proto__":{"note":"x"}}', contentType: 'application/json' }, 400, 'body_unreadable'],
      [{ text: '{"constructor":{}}', contentType: 'application/json' }, 400, 'body_unreadable'],
      [{ text: '{"note":null}', contentType: 'application/json' }, 400, undefined],
      [{ text: `{"note":${'['.repeat(40)}${']'.repeat(40)}}`, contentType: 'application/json' }, 400, 'body_unreadable'],
    ];
    for (const [body, status, code] of cases) {
      const answer = await rawPost(stack.baseUrl, path, COORDINATOR, body);
      expect({ body, status: answer.status, code: code && answer.body?.code }).toEqual({ body, status, code });
    }
    expect(await eventCountOf(stack.client, { familyId: pausable })).toBe(before);

    // The same route does accept the empty command: the refusals above were about the body alone.
    const accepted = await rawPost(stack.baseUrl, path, COORDINATOR, { text: '{}', contentType: 'application/json' });
    expect(accepted.status).toBe(201);
    expect(await eventCountOf(stack.client, { familyId: pausable })).toBe(before + 1);
  });

  it('answers 403, before the body is read or the workflow asked, to a role that may never send the command', async () => {
    const family = familyAccount(familyId);
    const parent = { userId: 'parent-of-bad-input', role: 'parent' as const, journeyIds: [journeyId] };
    const journeyBefore = await eventCountOf(stack.client, { journeyId });
    const familyBefore = await eventCountOf(stack.client, { familyId });
    const refused = [
      await http(stack.baseUrl, 'POST', `/journeys/${journeyId}/commands/RecordSupervision`, { actor: family, body: { note: 'We are fine.' } }),
      await http(stack.baseUrl, 'POST', `/journeys/${journeyId}/commands/ScreenLogbooks`, { actor: family, body: [] }),
      await http(stack.baseUrl, 'POST', `/journeys/${journeyId}/commands/WriteLogbookEntry`, { actor: parent, body: {} }),
      await http(stack.baseUrl, 'POST', `/journeys/${journeyId}/commands/RecordScreeningVisit`, { actor: CASEWORKER, body: {} }),
      await http(stack.baseUrl, 'POST', `/families/${familyId}/commands/Approve`, { actor: family, body: {} }),
      await http(stack.baseUrl, 'POST', `/families/${familyId}/commands/EndMatch`, { actor: family, body: { journeyId, reason: 'x', afterwards: 'rest' } }),
    ];
    expect(refused.map((answer) => [answer.status, answer.body.code])).toEqual(refused.map(() => [403, 'command_not_for_role']));
    expect(await eventCountOf(stack.client, { journeyId })).toBe(journeyBefore);
    expect(await eventCountOf(stack.client, { familyId })).toBe(familyBefore);
  });

  it('keeps a caseworker to their own children and still applies their caseworkerId filter', async () => {
    await journeyProjected(stack.baseUrl, journeyId);
    const ids = async (query: string) =>
      (await http(stack.baseUrl, 'GET', `/journeys?limit=200${query}`, { actor: CASEWORKER })).body.items.map((item: { journeyId: string }) => item.journeyId);
    expect(await ids('')).toContain(journeyId);
    expect(await ids(`&caseworkerId=${CASEWORKER.userId}`)).toContain(journeyId);
    expect(await ids('&caseworkerId=caseworker-someone-else')).toEqual([]);
  });
});
