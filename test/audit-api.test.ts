import { caseworker, coordinator } from '@venskab/domain/journey/journey.fixture';
import type { Identity } from '../apps/api/src/identity/identity';
import { AuditedJourney } from './support/audit-journeys';
import { http } from './support/http';
import { startTestStackWithApi, TestStackWithApi } from './support/test-stack';

const AUDITOR: Identity = { userId: 'auditor-ida', role: 'auditor' };
const COORDINATOR: Identity = coordinator;

// The auditor's endpoints against the real API, worker, Temporal and PostgreSQL.
describe('audit API', () => {
  let stack: TestStackWithApi;
  let journey: AuditedJourney;
  beforeAll(async () => {
    stack = await startTestStackWithApi();
    journey = await AuditedJourney.start(stack);
    await journey.driveToFirstVisit();
    await journey.settled();
  });
  afterAll(async () => {
    await journey?.handle.terminate('test finished');
    await stack?.stop();
  });

  it('lists who did what and when, in order, read from the workflow history', async () => {
    const answer = await http(stack.baseUrl, 'GET', `/journeys/${journey.journeyId}/timeline`, { actor: COORDINATOR });
    expect(answer.status).toBe(200);
    const { entries, stage, runs } = answer.body;
    expect(stage).toBe('active');
    expect(runs).toEqual([{ runId: journey.handle.firstExecutionRunId, source: 'temporal' }]);
    expect(entries.map((entry: { sequence: number }) => entry.sequence)).toEqual(entries.map((_: unknown, index: number) => index));
    expect(entries[0]).toMatchObject({ type: 'ChildReferred', who: caseworker, kind: 'action', milestone: true });
    expect(entries[0].description).toMatch(new RegExp(`^On \\d{4}-\\d\\d-\\d\\d at \\d\\d:\\d\\d:\\d\\d UTC, caseworker ${caseworker.userId} referred a child aged 8`));
    const consent = entries.find((entry: { type: string }) => entry.type === 'ConsentGiven');
    expect(consent).toMatchObject({ reason: 'Signed at the school meeting.', who: caseworker });
    expect(consent.description).toContain('noting "Signed at the school meeting"');
    expect(entries.at(-1)).toMatchObject({ type: 'LogbookEntryWritten', who: { role: 'volunteer_family' } });
    for (const entry of entries) expect(Date.parse(entry.at)).not.toBeNaN();
  });

  it('replays the journey deterministically and reconstructs the state the workflow holds', async () => {
    const view = await journey.settled();
    const answer = await http(stack.baseUrl, 'POST', `/journeys/${journey.journeyId}/replay`, { actor: AUDITOR });
    expect(answer.status).toBe(200);
    expect(answer.body.deterministic).toBe(true);
    expect(answer.body.runs).toEqual([{ runId: journey.handle.firstExecutionRunId, source: 'temporal', ok: true }]);
    expect(answer.body.state).toEqual(view.state);
  });

  it('lets only auditors replay, and only coordinators and auditors read the timeline', async () => {
    expect((await http(stack.baseUrl, 'POST', `/journeys/${journey.journeyId}/replay`, { actor: COORDINATOR })).status).toBe(403);
    expect((await http(stack.baseUrl, 'GET', `/journeys/${journey.journeyId}/timeline`, { actor: caseworker })).status).toBe(403);
    expect((await http(stack.baseUrl, 'GET', '/audit/read-log', { actor: COORDINATOR })).status).toBe(403);
  });

  it('answers 404 for a journey no history knows', async () => {
    const answer = await http(stack.baseUrl, 'GET', '/journeys/00000000-0000-4000-8000-000000000000/timeline', { actor: AUDITOR });
    expect(answer.status).toBe(404);
  });

  it('records every read of a journey in the read log, with who, role, what and when', async () => {
    const before = Date.now();
    const read = await http(stack.baseUrl, 'GET', `/journeys/${journey.journeyId}`, { actor: COORDINATOR });
    expect(read.status).toBe(200);
    const log = await http(stack.baseUrl, 'GET', `/audit/read-log?journeyId=${journey.journeyId}`, { actor: AUDITOR });
    expect(log.status).toBe(200);
    const [latest] = log.body.items;
    expect(latest).toMatchObject({ journeyId: journey.journeyId, userId: COORDINATOR.userId, role: 'coordinator', what: 'GET /journeys/:journeyId' });
    expect(Date.parse(latest.readAt)).toBeGreaterThanOrEqual(before - 1000);
    // The timeline read in the first test is there too; replays (POST) and refused reads are not.
    const whats = log.body.items.map((item: { what: string }) => item.what);
    expect(whats).toContain('GET /journeys/:journeyId/timeline');
    expect(whats.filter((what: string) => what.includes('replay'))).toEqual([]);
  });

  it('refuses to change or delete a read-log row', async () => {
    await expect(stack.dataSource.query('UPDATE journey_read_log SET user_id = $1', ['someone-else'])).rejects.toThrow(/append-only/);
    await expect(stack.dataSource.query('DELETE FROM journey_read_log')).rejects.toThrow(/append-only/);
  });
});
