import { temporal } from '@temporalio/proto';
import { NativeConnection, Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import { createWorker } from '../apps/worker/src/create-worker';
import type { FamilyEvent } from '@venskab/domain/family';
import type { JourneyEvent } from '@venskab/domain/journey';
import { familyEventsQuery, familyViewQuery, familyWorkflowId, FamilyView } from '@venskab/contracts';
import { journeyEventsQuery, journeyViewQuery, journeyWorkflowId, JourneyView } from '@venskab/contracts';
import { FamilyDriver } from './support/family-driver';
import { approvedFamilyViaApi, familyCommand } from './support/family-applications';
import { journeyInMatchingViaApi } from './support/family-journeys';
import { http, HttpAnswer } from './support/http';
import { COORDINATOR } from './support/referrals';
import { startTestStackWithApi, TestStackWithApi } from './support/test-stack';
import { testEnv } from './support/test-env-keys';
import { waitFor } from './support/wait-for';

/**
 * Every family here lives in Rønne and takes children on Sundays, and the children are asked for
 * there: families of other test files (on task queues whose workers have stopped) never come first.
 */
const RØNNE = { lat: 55.1009, lon: 14.7066 };
const SUNDAY_FAMILY = { home: RØNNE, homeDistrict: 'Rønne', weekdaysAvailable: ['sunday'], needsAbleToMeet: [] };
const AGREEMENT = { weekday: 'sunday', pickUp: 'home 10:00', return: 'home 17:00' };

// The journey and the family each run in their own workflow; these tests watch them keep each other
// in step through the API and the real worker (README: "How journeys and families talk").
describe('journeys and families', () => {
  let stack: TestStackWithApi;
  beforeAll(async () => {
    stack = await startTestStackWithApi();
  });
  afterAll(() => stack.stop());

  const command = (journeyId: string, type: string, fields: Record<string, unknown> = {}): Promise<HttpAnswer> =>
    http(stack.baseUrl, 'POST', `/journeys/${journeyId}/commands/${type}`, { actor: COORDINATOR, body: fields });
  const accepted = async (journeyId: string, type: string, fields: Record<string, unknown> = {}): Promise<JourneyView> => {
    const answer = await command(journeyId, type, fields);
    if (answer.status !== 201) throw new Error(`${type} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const journeyView = (journeyId: string) => stack.client.workflow.getHandle(journeyWorkflowId(journeyId)).query(journeyViewQuery);
  const journeyEvents = (journeyId: string): Promise<JourneyEvent[]> =>
    stack.client.workflow.getHandle(journeyWorkflowId(journeyId)).query(journeyEventsQuery);
  const familyView = (familyId: string): Promise<FamilyView> => stack.client.workflow.getHandle(familyWorkflowId(familyId)).query(familyViewQuery);
  const familyEvents = (familyId: string): Promise<FamilyEvent[]> =>
    stack.client.workflow.getHandle(familyWorkflowId(familyId)).query(familyEventsQuery);
  const familyRow = async (familyId: string) =>
    (
      await stack.dataSource.query(
        'SELECT stage, free_capacity, linked_journey_ids, waiting_since, approved_at FROM families WHERE family_id = $1',
        [familyId],
      )
    )[0];
  /** Polls until `ready` holds for the probed value. */
  const until = <T>(probe: () => Promise<T>, ready: (value: T) => boolean, timeoutMs = 30_000): Promise<T> =>
    waitFor(async () => {
      const value = await probe();
      return ready(value) ? value : undefined;
    }, timeoutMs);
  /** Both sides said yes (the coordinator records each side's answer). */
  const match = async (journeyId: string, familyId: string): Promise<JourneyView> => {
    await accepted(journeyId, 'ProposeMatch', { familyId });
    await accepted(journeyId, 'AcceptMatch', { side: 'child' });
    return accepted(journeyId, 'AcceptMatch', { side: 'family' });
  };
  const holdMeeting = async (journeyId: string): Promise<JourneyView> => {
    await accepted(journeyId, 'ScheduleFriendshipMeeting', { scheduledFor: new Date().toISOString() });
    return accepted(journeyId, 'RecordFriendshipMeetingHeld', { agreement: AGREEMENT });
  };
  const isMatchedWith = (journeyId: string) => (view: FamilyView) =>
    view.state.activeMatches.some((link) => link.journeyId === journeyId) && view.state.reservations.length === 0;

  it('matches a child with the top suggestion, and the family lists the child as matched', async () => {
    const familyId = await approvedFamilyViaApi(stack.baseUrl, SUNDAY_FAMILY, { displayName: 'Familien Rønne' });
    const journeyId = await journeyInMatchingViaApi(stack.baseUrl);

    const suggested = await http(stack.baseUrl, 'GET', `/journeys/${journeyId}/match-suggestions?lat=${RØNNE.lat}&lon=${RØNNE.lon}&weekdays=sunday`, {
      actor: COORDINATOR,
    });
    expect(suggested.status).toBe(200);
    const top: string = suggested.body.suggestions[0].familyId;
    expect(top).toBe(familyId);

    const proposed = await accepted(journeyId, 'ProposeMatch', { familyId: top });
    expect(proposed.state.proposal?.familyId).toBe(familyId);
    expect((await familyView(familyId)).state.reservations.map((link) => link.journeyId)).toEqual([journeyId]);
    await accepted(journeyId, 'AcceptMatch', { side: 'child' });
    const matched = await accepted(journeyId, 'AcceptMatch', { side: 'family' });
    expect(matched.state.match).toMatchObject({ familyId, matchNumber: 0 });

    const family = await until(() => familyView(familyId), isMatchedWith(journeyId));
    expect(family.state.stage).toBe('matched');
    const row = await until(() => familyRow(familyId), (r) => r.stage === 'matched');
    expect(row).toMatchObject({ free_capacity: 0, linked_journey_ids: [journeyId], waiting_since: null });
  });

  it('gives the last place to exactly one of two children proposed at once; the other is refused with the family’s reason', async () => {
    const familyId = await approvedFamilyViaApi(stack.baseUrl, { ...SUNDAY_FAMILY, capacity: 1 });
    const children = [await journeyInMatchingViaApi(stack.baseUrl), await journeyInMatchingViaApi(stack.baseUrl)];
    const before = await Promise.all(children.map(journeyView));

    const answers = await Promise.all(children.map((journeyId) => command(journeyId, 'ProposeMatch', { familyId })));

    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    const loser = answers.findIndex((answer) => answer.status === 409);
    const winner = 1 - loser;
    expect(answers[loser].body).toMatchObject({
      code: 'family.no_free_capacity',
      message: 'Every place the family offers is already taken or proposed.',
    });
    const refused = await journeyView(children[loser]);
    expect(refused.eventCount).toBe(before[loser].eventCount);
    expect(refused.state).toMatchObject({ stage: 'matching', proposal: null });
    expect((await familyView(familyId)).state.reservations.map((link) => link.journeyId)).toEqual([children[winner]]);

    // Unknown and not-yet-approved families are refused the same way, with the family's reason.
    const unknown = await command(children[loser], 'ProposeMatch', { familyId: randomUUID() });
    expect(unknown).toMatchObject({ status: 409, body: { code: 'family.not_found' } });
    const applied = await http(stack.baseUrl, 'POST', '/families', {
      actor: { userId: 'family-new', role: 'volunteer_family' },
      body: { displayName: 'Familien Ny', email: 'ny@example.dk' },
    });
    const notApproved = await command(children[loser], 'ProposeMatch', { familyId: applied.body.familyId });
    expect(notApproved).toMatchObject({ status: 409, body: { code: 'family.not_available' } });
    expect((await journeyView(children[loser])).eventCount).toBe(before[loser].eventCount);
  });

  it('makes the family available again when the child is offered a new family', async () => {
    const familyId = await approvedFamilyViaApi(stack.baseUrl, { ...SUNDAY_FAMILY, capacity: 1 });
    const journeyId = await journeyInMatchingViaApi(stack.baseUrl);
    await match(journeyId, familyId);
    await holdMeeting(journeyId);
    await until(() => familyRow(familyId), (r) => r.stage === 'matched');

    await accepted(journeyId, 'RequestClosure', { reason: 'family_ended_course', note: 'The family is overwhelmed.' });
    await accepted(journeyId, 'OfferRematch');
    const rematched = await accepted(journeyId, 'AcceptRematch');
    expect(rematched.state).toMatchObject({ stage: 'matching', match: null });

    const row = await until(() => familyRow(familyId), (r) => r.stage === 'approved' && r.waiting_since !== null);
    expect(row).toMatchObject({ free_capacity: 1, linked_journey_ids: [] });
    expect(row.waiting_since.getTime()).toBeGreaterThan(row.approved_at.getTime());
    const family = await familyView(familyId);
    expect(family.state.endedLinks).toEqual([expect.objectContaining({ journeyId, kind: 'match_ended', reason: 'The child is offered a new family.' })]);
  });

  it('puts the child back to matching when the family withdraws before the friendship meeting', async () => {
    const familyId = await approvedFamilyViaApi(stack.baseUrl, SUNDAY_FAMILY);
    const journeyId = await journeyInMatchingViaApi(stack.baseUrl);
    await match(journeyId, familyId);
    await until(() => familyView(familyId), isMatchedWith(journeyId));

    const withdrew = await familyCommand(stack.baseUrl, familyId, 'Withdraw', { reason: 'We are moving abroad.' });
    expect(withdrew.status).toBe(201);

    const journey = await until(() => journeyView(journeyId), (view) => view.state.match === null);
    expect(journey.state.stage).toBe('matching');
    expect(journey.state.previousMatches.map((m) => m.familyId)).toEqual([familyId]);
    // The journey ended its match in turn, so the family has no child left and its workflow ends.
    // The read model follows the family within its projection delay.
    const row = await until(() => familyRow(familyId), (r) => r.stage === 'withdrawn');
    expect(row.linked_journey_ids).toEqual([]);
    await stack.client.workflow.getHandle(familyWorkflowId(familyId)).result();
  });

  it('still withdraws when the linked journey’s workflow is gone (terminated by an operator): the notice fails once and is passed over', async () => {
    const familyId = await approvedFamilyViaApi(stack.baseUrl, SUNDAY_FAMILY);
    const journeyId = await journeyInMatchingViaApi(stack.baseUrl);
    await match(journeyId, familyId);
    await until(() => familyView(familyId), isMatchedWith(journeyId));
    await stack.client.workflow.getHandle(journeyWorkflowId(journeyId)).terminate('test: an operator ended the journey');

    const withdrew = await familyCommand(stack.baseUrl, familyId, 'Withdraw', { reason: 'We are moving abroad.' });
    expect(withdrew.status).toBe(201);
    const family = stack.client.workflow.getHandle(familyWorkflowId(familyId));
    const failedSignal = temporal.api.enums.v1.EventType.EVENT_TYPE_SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_FAILED;
    await until(() => family.fetchHistory(), (history) => history.events!.some((event) => event.eventType === failedSignal));
    expect((await family.describe()).status.name).toBe('RUNNING');
    expect((await familyView(familyId)).state.stage).toBe('withdrawn');
    expect(await until(() => familyRow(familyId), (r) => r.stage === 'withdrawn')).toMatchObject({ linked_journey_ids: [journeyId] });
  });

  it('closes the course with a rematch offered when the family withdraws during the weekly visits', async () => {
    const familyId = await approvedFamilyViaApi(stack.baseUrl, SUNDAY_FAMILY);
    const journeyId = await journeyInMatchingViaApi(stack.baseUrl);
    await match(journeyId, familyId);
    await holdMeeting(journeyId);

    await familyCommand(stack.baseUrl, familyId, 'Withdraw', { reason: 'Our family life has changed.' });

    const closing = await until(() => journeyView(journeyId), (view) => view.state.stage === 'closing');
    expect(closing.state.closure).toMatchObject({ reason: 'family_ended_course', afterFriendshipMeeting: true });
    expect(closing.allowedCommands).toContain('OfferRematch');
    const offered = await accepted(journeyId, 'OfferRematch', { note: 'A new family is offered.' });
    expect(offered.state.closure?.rematchOffer).toBe('offered');
    // The child keeps its link to the withdrawn family until the goodbye or the rematch.
    expect((await familyView(familyId)).state).toMatchObject({ stage: 'withdrawn', activeMatches: [expect.objectContaining({ journeyId })] });
  });

  it('ends consistent when the worker restarts between the journey’s MatchMade and the family’s ConfirmMatch', async () => {
    // The family runs on a worker of its own, so it can be unavailable while the journey goes on.
    const familyQueue = `${stack.config.taskQueue}-families`;
    const connection = await NativeConnection.connect({ address: stack.config.temporalAddress });
    const startFamilyWorker = async (): Promise<{ worker: Worker; running: Promise<void> }> => {
      const worker = await createWorker({
        connection,
        dataSource: stack.dataSource,
        client: stack.client,
        namespace: stack.config.temporalNamespace,
        taskQueue: familyQueue,
        dataConverter: stack.protection.dataConverter,
        workflowBundle: { codePath: testEnv('workflowBundle') },
      });
      return { worker, running: worker.run() };
    };
    let familyWorker = await startFamilyWorker();
    try {
      const { familyId } = await FamilyDriver.approved(stack.client, familyQueue);
      const journeyId = await journeyInMatchingViaApi(stack.baseUrl);
      await accepted(journeyId, 'ProposeMatch', { familyId });
      await accepted(journeyId, 'AcceptMatch', { side: 'child' });
      // The reservation is in the read model (it follows the family within its projection delay) before the family's worker stops.
      await until(() => familyRow(familyId), (r) => r.linked_journey_ids.includes(journeyId));

      familyWorker.worker.shutdown();
      await familyWorker.running;
      const matched = await accepted(journeyId, 'AcceptMatch', { side: 'family' });
      expect(matched.state.match?.familyId).toBe(familyId);
      await stack.restartWorker();
      // Still only reserved: the journey's ConfirmMatch is waiting for the family.
      expect(await familyRow(familyId)).toMatchObject({ stage: 'approved', linked_journey_ids: [journeyId], free_capacity: 0 });

      familyWorker = await startFamilyWorker();
      const family = await until(() => familyView(familyId), isMatchedWith(journeyId), 90_000);
      expect(family.state.stage).toBe('matched');
      const types = (await familyEvents(familyId)).map((event) => event.type);
      expect(types.filter((type) => type === 'FamilyReservedForJourney')).toHaveLength(1);
      expect(types.filter((type) => type === 'MatchConfirmed')).toHaveLength(1);
      expect((await journeyEvents(journeyId)).filter((event) => event.type === 'MatchMade')).toHaveLength(1);
      expect(await until(() => familyRow(familyId), (r) => r.stage === 'matched')).toMatchObject({ linked_journey_ids: [journeyId] });
    } finally {
      if (familyWorker.worker.getState() === 'RUNNING') familyWorker.worker.shutdown();
      await familyWorker.running;
      await connection.close();
    }
  });
});
