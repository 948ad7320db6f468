import { COORDINATOR } from './support/referrals';
import { randomUUID } from 'node:crypto';
import { approvedFamilyViaApi, familyCommand } from './support/family-applications';
import { familyProjected } from './support/family-projected';
import { http } from './support/http';
import { startTestStackWithApi, TestStackWithApi } from './support/test-stack';

// Two children proposed for the last place at the same moment: the workflow decides them one after the other.
describe('family capacity', () => {
  let stack: TestStackWithApi;
  beforeAll(async () => {
    stack = await startTestStackWithApi();
  });
  afterAll(() => stack.stop());

  it('accepts exactly one of two concurrent reservations for a family with one place', async () => {
    const familyId = await approvedFamilyViaApi(stack.baseUrl, { capacity: 1 });
    const journeys = [randomUUID(), randomUUID()];

    const answers = await Promise.all(
      journeys.map((journeyId) => familyCommand(stack.baseUrl, familyId, 'ReserveForJourney', { journeyId })),
    );

    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    const refused = answers.find((answer) => answer.status === 409);
    expect(refused?.body.code).toBe('family.no_free_capacity');
    const accepted = answers.find((answer) => answer.status === 201);
    const reservedFor = accepted?.body.state.reservations.map((link: { journeyId: string }) => link.journeyId);
    expect(reservedFor).toHaveLength(1);

    await familyProjected(stack.dataSource, familyId, accepted?.body.eventCount);
    const events = await stack.dataSource.query(
      `SELECT count(*)::int AS n FROM family_events WHERE family_id = $1 AND type = 'FamilyReservedForJourney'`,
      [familyId],
    );
    expect(events[0].n).toBe(1);
    const [row] = await stack.dataSource.query('SELECT free_capacity, linked_journey_ids, waiting_since FROM families WHERE family_id = $1', [familyId]);
    expect(row).toEqual({ free_capacity: 0, linked_journey_ids: reservedFor, waiting_since: null });

    const waiting = await http(stack.baseUrl, 'GET', '/waiting-lists/families?limit=200', { actor: COORDINATOR });
    expect(waiting.body.items.map((item: { familyId: string }) => item.familyId)).not.toContain(familyId);
  });

  it('frees the place again when the proposal is released', async () => {
    const familyId = await approvedFamilyViaApi(stack.baseUrl, { capacity: 1 });
    const journeyId = randomUUID();
    await familyCommand(stack.baseUrl, familyId, 'ReserveForJourney', { journeyId });
    const released = await familyCommand(stack.baseUrl, familyId, 'ReleaseReservation', { journeyId, reason: 'The parents declined.' });
    expect(released.status).toBe(201);
    await familyProjected(stack.dataSource, familyId, released.body.eventCount);
    const [row] = await stack.dataSource.query('SELECT free_capacity, approved_at, waiting_since FROM families WHERE family_id = $1', [familyId]);
    expect(row.free_capacity).toBe(1);
    // A declined proposal does not cost the family its place in line.
    expect(row.waiting_since).toEqual(row.approved_at);
  });
});
