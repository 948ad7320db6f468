import { randomUUID } from 'node:crypto';
import { application, FAMILY_APPLICANT, familyCommand, homeVisitFields } from './support/family-applications';
import { familyProjected } from './support/family-projected';
import { http } from './support/http';
import { CASEWORKER, COORDINATOR } from './support/referrals';
import { startTestStackWithApi, TestStackWithApi } from './support/test-stack';

// A volunteer family's path through the API: HTTP → family workflow (update + validator) → projection → PostgreSQL.
describe('family recruitment', () => {
  let stack: TestStackWithApi;
  beforeAll(async () => {
    stack = await startTestStackWithApi();
  });
  afterAll(() => stack.stop());

  it('takes a family from application to approved and projects every step', async () => {
    const applied = await http(stack.baseUrl, 'POST', '/families', { actor: FAMILY_APPLICANT, body: application() });
    expect(applied.status).toBe(201);
    expect(applied.body.state.stage).toBe('applied');
    const { familyId } = applied.body;

    const visit = await familyCommand(stack.baseUrl, familyId, 'RecordHomeVisit', homeVisitFields());
    expect(visit.body.state.stage).toBe('home_visit_held');
    await familyCommand(stack.baseUrl, familyId, 'RecordChildCertificate', { adultId: 'a1', issuedOn: '2025-01-02T00:00:00.000Z' });

    const tooEarly = await familyCommand(stack.baseUrl, familyId, 'CompleteTraining');
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body).toEqual({ code: 'family.certificates_missing', message: 'A child certificate is still missing for Bo Hansen.' });

    await familyCommand(stack.baseUrl, familyId, 'RecordChildCertificate', { adultId: 'a2', issuedOn: '2025-01-02T00:00:00.000Z' });
    await familyCommand(stack.baseUrl, familyId, 'CompleteTraining');
    const approved = await familyCommand(stack.baseUrl, familyId, 'Approve');
    expect(approved.status).toBe(201);
    expect(approved.body.state.stage).toBe('approved');

    await familyProjected(stack.dataSource, familyId, approved.body.eventCount);
    const [row] = await stack.dataSource.query('SELECT * FROM families WHERE family_id = $1', [familyId]);
    expect(row).toMatchObject({
      display_name: 'Familien Hansen',
      stage: 'approved',
      home_district: 'Valby',
      capacity: 1,
      free_capacity: 1,
      linked_journey_ids: [],
      flagged_long_wait: false,
      event_count: 6,
    });
    expect(row.approved_at).toEqual(row.waiting_since);
    const events = await stack.dataSource.query('SELECT type, actor_role FROM family_events WHERE family_id = $1 ORDER BY sequence', [familyId]);
    expect(events).toEqual([
      { type: 'FamilyApplied', actor_role: 'volunteer_family' },
      { type: 'HomeVisitRecorded', actor_role: 'coordinator' },
      { type: 'ChildCertificateRecorded', actor_role: 'coordinator' },
      { type: 'ChildCertificateRecorded', actor_role: 'coordinator' },
      { type: 'TrainingCompleted', actor_role: 'coordinator' },
      { type: 'FamilyApproved', actor_role: 'coordinator' },
    ]);
    const notifications = await stack.dataSource.query(
      'SELECT kind, recipient_role, journey_id FROM notification_outbox WHERE family_id = $1',
      [familyId],
    );
    expect(notifications).toEqual([{ kind: 'FamilyApplied', recipient_role: 'coordinator', journey_id: null }]);
    await expect(stack.dataSource.query('DELETE FROM family_events WHERE family_id = $1', [familyId])).rejects.toThrow(/append-only/);

    const detail = await http(stack.baseUrl, 'GET', `/families/${familyId}`, { actor: COORDINATOR });
    expect(detail.body).toMatchObject({ familyId, source: 'workflow', eventCount: 6, state: { stage: 'approved' } });
    const listed = await http(stack.baseUrl, 'GET', '/families?stage=approved&sort=longest_wait_first', { actor: COORDINATOR });
    expect(listed.body.items.map((item: { familyId: string }) => item.familyId)).toContain(familyId);
    expect(listed.body.items[0]).not.toHaveProperty('candidate');
  });

  it('answers 403 to a role with no say over families and to a family sending a command only staff send, and 404 to another family', async () => {
    const applied = await http(stack.baseUrl, 'POST', '/families', { actor: FAMILY_APPLICANT, body: application() });
    const familyId = applied.body.familyId;
    const byCaseworker = await familyCommand(stack.baseUrl, familyId, 'RecordHomeVisit', homeVisitFields(), { actor: CASEWORKER });
    expect(byCaseworker.status).toBe(403);
    expect(byCaseworker.body.code).toBe('forbidden');

    const theFamilyItself = { ...FAMILY_APPLICANT, familyId };
    const byFamily = await familyCommand(stack.baseUrl, familyId, 'RecordHomeVisit', homeVisitFields(), { actor: theFamilyItself });
    expect(byFamily.status).toBe(403);
    expect(byFamily.body.code).toBe('command_not_for_role');

    const anotherFamily = { ...FAMILY_APPLICANT, familyId: 'some-other-family' };
    expect((await familyCommand(stack.baseUrl, familyId, 'Pause', {}, { actor: anotherFamily })).status).toBe(404);
  });

  it('refuses an application without a way to reach the family, and starts nothing', async () => {
    const answer = await http(stack.baseUrl, 'POST', '/families', { actor: FAMILY_APPLICANT, body: { displayName: 'Familien Uden Kontakt' } });
    expect(answer.status).toBe(409);
    expect(answer.body.code).toBe('family.contact_incomplete');
    // Longer than the read model's lag, so a family that had started would show by now.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const rows = await stack.dataSource.query('SELECT family_id FROM families WHERE display_name = $1', ['Familien Uden Kontakt']);
    expect(rows).toEqual([]);
  });

  it('answers 400 for bad input and 404 for an unknown family', async () => {
    const badBody = await http(stack.baseUrl, 'POST', '/families', { actor: FAMILY_APPLICANT, body: application({ email: 'not-an-email' }) });
    expect(badBody.status).toBe(400);
    expect(badBody.body.message.join(' ')).toMatch(/email/);
    const applied = await http(stack.baseUrl, 'POST', '/families', { actor: FAMILY_APPLICANT, body: application() });
    const badType = await familyCommand(stack.baseUrl, applied.body.familyId, 'ApplyAsFamily');
    expect(badType.status).toBe(400);
    const badId = await http(stack.baseUrl, 'GET', '/families/not-an-id', { actor: COORDINATOR });
    expect(badId.status).toBe(400);
    const unknown = await familyCommand(stack.baseUrl, randomUUID(), 'CompleteTraining');
    expect(unknown.status).toBe(404);
    const unknownDetail = await http(stack.baseUrl, 'GET', `/families/${randomUUID()}`, { actor: COORDINATOR });
    expect(unknownDetail.status).toBe(404);
  });

  it('applies a retried command with the same Idempotency-Key once', async () => {
    const headers = { 'idempotency-key': 'note-retry-1' };
    const first = await http(stack.baseUrl, 'POST', '/families', { actor: FAMILY_APPLICANT, body: application(), headers });
    const again = await http(stack.baseUrl, 'POST', '/families', { actor: FAMILY_APPLICANT, body: application(), headers });
    expect(again.body.familyId).toBe(first.body.familyId);
    expect(again.body.eventCount).toBe(1);

    const note = { noteId: 'n1', text: 'Lots of energy at the visit.', sentiment: 'positive' };
    const sent = await familyCommand(stack.baseUrl, first.body.familyId, 'AddCoordinatorNote', note, { headers });
    const retried = await familyCommand(stack.baseUrl, first.body.familyId, 'AddCoordinatorNote', note, { headers });
    expect(sent.status).toBe(201);
    expect(retried.status).toBe(201);
    expect(retried.body.eventCount).toBe(sent.body.eventCount);
  });
});
