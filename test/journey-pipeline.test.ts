import { http } from './support/http';
import { CASEWORKER, COORDINATOR, eligibleReferral } from './support/referrals';
import { startTestStackWithApi, TestStackWithApi } from './support/test-stack';
import { waitFor } from './support/wait-for';

// The whole path once: HTTP → Temporal workflow on the worker → activity → PostgreSQL → HTTP.
describe('referral pipeline', () => {
  let stack: TestStackWithApi;
  beforeAll(async () => {
    stack = await startTestStackWithApi();
  });
  afterAll(() => stack.stop());

  it('starts a journey whose projection the API reads back from PostgreSQL', async () => {
    const created = await http(stack.baseUrl, 'POST', '/journeys', { actor: CASEWORKER, body: eligibleReferral() });
    expect(created.status).toBe(201);
    expect(created.body.state.stage).toBe('awaiting_consent');

    const row = await waitFor(async () => {
      const answer = await http(stack.baseUrl, 'GET', `/journeys/${created.body.journeyId}/row`, { actor: COORDINATOR });
      return answer.status === 200 ? answer.body : undefined;
    });
    expect(row).toMatchObject({ journeyId: created.body.journeyId, stage: 'awaiting_consent', caseworkerId: CASEWORKER.userId, childLabel: 'M.K.', childAge: 8 });

    const events = await stack.dataSource.query('SELECT type, actor_id FROM journey_events WHERE journey_id = $1 ORDER BY sequence', [created.body.journeyId]);
    expect(events[0]).toEqual({ type: 'ChildReferred', actor_id: CASEWORKER.userId });

    const listed = await http(stack.baseUrl, 'GET', '/journeys?stage=awaiting_consent', { actor: COORDINATOR });
    expect(listed.body.items.map((item: { journeyId: string }) => item.journeyId)).toContain(created.body.journeyId);
  });

  it('lists journeys by caseworker, programme and free text on non-sensitive fields, sorted', async () => {
    const unit = `unit-${Date.now()}`;
    const first = await http(stack.baseUrl, 'POST', '/journeys', { actor: CASEWORKER, body: eligibleReferral({ childLabel: 'A.A.', caseworkerUnit: unit }) });
    const second = await http(stack.baseUrl, 'POST', '/journeys', { actor: CASEWORKER, body: eligibleReferral({ childLabel: 'B.B.', caseworkerUnit: unit }) });
    const ids = [first.body.journeyId, second.body.journeyId];
    await waitFor(async () => {
      const rows = await stack.dataSource.query('SELECT count(*)::int AS n FROM journeys WHERE journey_id = ANY($1)', [ids]);
      return rows[0].n === 2 ? true : undefined;
    });

    const byUnit = await http(stack.baseUrl, 'GET', `/journeys?q=${unit}&sort=-referredAt`, { actor: COORDINATOR });
    expect(byUnit.body.items.map((item: { journeyId: string }) => item.journeyId)).toEqual([...ids].reverse());
    const byLabel = await http(stack.baseUrl, 'GET', `/journeys?q=B.B&caseworkerId=${CASEWORKER.userId}&programme=kbh-venskabsfamilier`, { actor: COORDINATOR });
    expect(byLabel.body.items.map((item: { journeyId: string }) => item.journeyId)).toContain(second.body.journeyId);
    expect(byLabel.body.items.map((item: { journeyId: string }) => item.journeyId)).not.toContain(first.body.journeyId);
    const wildcard = await http(stack.baseUrl, 'GET', '/journeys?q=%25', { actor: COORDINATOR });
    expect(wildcard.body.total).toBe(0);

    const otherCaseworker = { userId: 'caseworker-someone-else', role: 'caseworker' as const };
    const asOther = await http(stack.baseUrl, 'GET', `/journeys?q=${unit}&caseworkerId=${CASEWORKER.userId}`, { actor: otherCaseworker });
    expect(asOther.body.total).toBe(0);
    expect((await http(stack.baseUrl, 'GET', '/journeys?sort=age', { actor: COORDINATOR })).status).toBe(400);
  });

  it('refuses an ineligible referral with the domain reason and starts nothing', async () => {
    const before = await stack.dataSource.query('SELECT count(*)::int AS n FROM journeys');
    const answer = await http(stack.baseUrl, 'POST', '/journeys', { actor: CASEWORKER, body: eligibleReferral({ age: 15 }) });
    expect(answer.status).toBe(409);
    expect(answer.body.code).toEqual(expect.any(String));
    expect(answer.body.message).toMatch(/age/i);
    const after = await stack.dataSource.query('SELECT count(*)::int AS n FROM journeys');
    expect(after[0].n).toBe(before[0].n);
  });

  it('answers 400 naming each bad field', async () => {
    const answer = await http(stack.baseUrl, 'POST', '/journeys', { actor: CASEWORKER, body: eligibleReferral({ age: 'eight', interests: 'football' }) });
    expect(answer.status).toBe(400);
    expect(answer.body.message.join(' ')).toMatch(/age/);
    expect(answer.body.message.join(' ')).toMatch(/interests/);
  });

  it('applies a retried referral with the same Idempotency-Key once', async () => {
    const headers = { 'idempotency-key': 'referral-retry-1' };
    const first = await http(stack.baseUrl, 'POST', '/journeys', { actor: CASEWORKER, body: eligibleReferral(), headers });
    const second = await http(stack.baseUrl, 'POST', '/journeys', { actor: CASEWORKER, body: eligibleReferral(), headers });
    expect(second.body.journeyId).toBe(first.body.journeyId);
    expect(second.body.eventCount).toBe(first.body.eventCount);
  });
});
