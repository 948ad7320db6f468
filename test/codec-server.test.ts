import { defaultPayloadConverter } from '@temporalio/common';
import type { Payload } from '@temporalio/common';
import type { Actor } from '@venskab/domain/shared/actor';
import { caseworker } from '@venskab/domain/journey/journey.fixture';
import { payloadToJson } from '../apps/api/src/codec/payload-json';
import { AuditedJourney } from './support/audit-journeys';
import { http } from './support/http';
import { startTestStackWithApi, TestStackWithApi } from './support/test-stack';

const AUDITOR: Actor = { userId: 'auditor-codec', role: 'auditor' };
const COORDINATOR: Actor = { userId: 'coordinator-codec', role: 'coordinator' };
const CASEWORKER: Actor = { userId: 'caseworker-codec', role: 'caseworker' };
const UI_ORIGIN = 'http://127.0.0.1:8233';

// Temporal's web UI sends the payloads it shows to the codec server and shows what comes back.
describe('the codec server for Temporal’s web UI', () => {
  let stack: TestStackWithApi;
  let journey: AuditedJourney;
  let encrypted: Payload;
  beforeAll(async () => {
    stack = await startTestStackWithApi({ TEMPORAL_UI_URL: UI_ORIGIN });
    journey = await AuditedJourney.start(stack);
    await journey.send({ type: 'GiveConsent', actor: caseworker, custodyHolders: ['Farmor Inger'], note: 'Underskrevet i Brønshøj.' });
    const history = await journey.handle.fetchHistory();
    encrypted = history.events!.find((event) => event.workflowExecutionUpdateAcceptedEventAttributes)!.workflowExecutionUpdateAcceptedEventAttributes!.acceptedRequest!.input!.args!.payloads![0] as Payload;
  });
  afterAll(() => stack.stop());

  const decode = (options: { actor?: Actor; token?: string }) =>
    http(stack.baseUrl, 'POST', '/codec/decode', { ...options, body: { payloads: [payloadToJson(encrypted)] }, headers: { origin: UI_ORIGIN, 'x-namespace': 'default' } });

  it('decodes a journey’s payload for an auditor and a coordinator, and logs each read', async () => {
    for (const reader of [AUDITOR, COORDINATOR]) {
      const answer = await decode({ actor: reader });
      expect(answer.status).toBe(200);
      const command = defaultPayloadConverter.fromPayload<{ custodyHolders: string[] }>({
        metadata: Object.fromEntries(Object.entries(answer.body.payloads[0].metadata as Record<string, string>).map(([key, value]) => [key, Buffer.from(value, 'base64')])),
        data: Buffer.from(answer.body.payloads[0].data, 'base64'),
      });
      expect(command.custodyHolders).toEqual(['Farmor Inger']);
    }
    const logged = await stack.dataSource.query('SELECT user_id, what FROM journey_read_log WHERE journey_id = $1 ORDER BY id', [journey.journeyId]);
    expect(logged).toEqual([
      { user_id: AUDITOR.userId, what: 'POST /codec/decode' },
      { user_id: COORDINATOR.userId, what: 'POST /codec/decode' },
    ]);
  });

  it('answers 401 without a token or with a bad one, 403 to a caseworker, and never any plain text', async () => {
    for (const answer of [await decode({}), await decode({ token: 'not-a-token' }), await decode({ actor: CASEWORKER })]) {
      expect([401, 403]).toContain(answer.status);
      expect(JSON.stringify(answer.body)).not.toContain(Buffer.from('Farmor Inger').toString('base64').slice(0, 12));
      expect(JSON.stringify(answer.body)).not.toContain('Farmor Inger');
    }
    expect((await decode({})).status).toBe(401);
    expect((await decode({ actor: CASEWORKER })).status).toBe(403);
  });

  it('lets the UI’s origin call it from the browser, preflight included, and no other origin', async () => {
    const preflight = await fetch(`${stack.baseUrl}/codec/decode`, {
      method: 'OPTIONS',
      headers: { origin: UI_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type,x-namespace' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(UI_ORIGIN);
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('x-namespace');
    expect((await fetch(`${stack.baseUrl}/codec/decode`, { method: 'POST', headers: { origin: UI_ORIGIN } })).headers.get('access-control-allow-origin')).toBe(UI_ORIGIN);
    const elsewhere = await fetch(`${stack.baseUrl}/codec/decode`, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
    expect(elsewhere.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('encodes what it is given so that it decodes again', async () => {
    const plain = payloadToJson(defaultPayloadConverter.toPayload({ note: 'hej' }));
    const encoded = await http(stack.baseUrl, 'POST', '/codec/encode', { actor: AUDITOR, body: { payloads: [plain] } });
    expect(encoded.status).toBe(200);
    expect(Buffer.from(encoded.body.payloads[0].metadata.encoding, 'base64').toString()).toBe('binary/encrypted');
    const decoded = await http(stack.baseUrl, 'POST', '/codec/decode', { actor: AUDITOR, body: { payloads: encoded.body.payloads } });
    expect(decoded.body.payloads).toEqual([plain]);
  });
});
