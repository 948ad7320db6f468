import { journeyViewQuery, journeyWorkflowId } from '@venskab/contracts';
import { http } from './support/http';
import { CASEWORKER, eligibleReferral } from './support/referrals';
import { startTestStackWithApi, TestStackWithApi } from './support/test-stack';

const CONCURRENT_SENDS = 100;

// A client that times out resends; many resends may race each other. One Idempotency-Key is one command.
describe('the same command sent many times at once', () => {
  let stack: TestStackWithApi;
  beforeAll(async () => {
    stack = await startTestStackWithApi();
  });
  afterAll(() => stack.stop());

  it(`is applied once when ${CONCURRENT_SENDS} copies with one Idempotency-Key arrive together, and a new key is a new command`, async () => {
    const created = await http(stack.baseUrl, 'POST', '/journeys', { actor: CASEWORKER, body: eligibleReferral() });
    expect(created.status).toBe(201);
    const journeyId: string = created.body.journeyId;
    const consent = await http(stack.baseUrl, 'POST', `/journeys/${journeyId}/commands/GiveConsent`, { actor: CASEWORKER, body: { custodyHolders: ['Mor'] } });
    expect(consent.status).toBe(201);

    // A concern may be raised any number of times, so only the key can keep the copies from each adding one.
    const concern = { source: 'conversation', description: 'The child said it is afraid to go home.' };
    const send = (key: string) =>
      http(stack.baseUrl, 'POST', `/journeys/${journeyId}/commands/RaiseConcern`, { actor: CASEWORKER, body: concern, headers: { 'idempotency-key': key } });
    const answers = await Promise.all(Array.from({ length: CONCURRENT_SENDS }, () => send(`concern-storm-${journeyId}`)));

    expect(answers.filter((answer) => answer.status !== 201).map((answer) => [answer.status, answer.body])).toEqual([]);
    // Every copy answers with the journey as the one application left it.
    expect(new Set(answers.map((answer) => JSON.stringify(answer.body))).size).toBe(1);

    const another = await send(`concern-second-${journeyId}`);
    expect(another.status).toBe(201);

    const handle = stack.client.workflow.getHandle(journeyWorkflowId(journeyId));
    expect((await handle.query(journeyViewQuery)).state.concerns.map((raised) => raised.description)).toEqual([concern.description, concern.description]);
    const history = await handle.fetchHistory();
    const acceptedUpdates = (history.events ?? []).filter((event) => event.workflowExecutionUpdateAcceptedEventAttributes);
    // The consent and the two concerns: three updates accepted, whatever the number of copies.
    expect(acceptedUpdates).toHaveLength(3);
  });
});
