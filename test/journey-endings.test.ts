import { caseworker, coordinator, expectProjectionMatches, familyActor, JourneyDriver, notificationsFor, parent, scores } from './support/journey-driver';
import { startTestStack, TestStack } from './support/test-stack';

// How a course ends early, on the real server. 20 ms per programme day: the six months until the
// post-end measurement take under 4 s, and the two months before a family gives up about 1.2 s.
const DAY_MS = 20;

describe('journey: endings', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());

  it('closes a course early with a goodbye, records bridge-building and completes after the post-end measurement', async () => {
    const journey = await JourneyDriver.start(stack, { name: 'early-closure', dayLengthMs: DAY_MS });
    await journey.driveToActive();
    await journey.writeLogbook(1);
    // Let the weekly rhythm open a task, so the closure has something of the relationship to stop.
    await journey.waitForReminder('logbook_screening:0-1');

    const closing = await journey.send({ type: 'RequestClosure', actor: coordinator, reason: 'relationship_did_not_take', note: 'The child does not want to go.' });
    expect(closing.state.stage).toBe('closing');
    expect(closing.state.tasks.find((task) => task.taskId === 'logbook_screening:0-1')).toMatchObject({ status: 'done', resolution: 'no_longer_needed' });
    expect(closing.state.tasks.filter((task) => task.status === 'open').map((task) => task.taskId)).toEqual(['goodbye:0']);
    // The child's side ended it, so no new family is offered.
    expect(await journey.refusalOf({ type: 'OfferRematch', actor: coordinator })).toBe('closure_not_by_family');

    const closed = await journey.send({ type: 'RecordGoodbye', actor: coordinator, note: 'Cake and a photo album.' });
    expect(closed.state.stage).toBe('closed');
    expect(closed.state.tasks.find((task) => task.taskId === 'goodbye:0')).toMatchObject({ status: 'done', resolution: 'fulfilled' });
    expect(closed.state.tasks.find((task) => task.taskId === 'bridge_building:1')).toMatchObject({ status: 'open' });
    expect(closed.state.postEndMeasurement).toMatchObject({ status: 'pending' });
    const bridged = await journey.send({ type: 'RecordBridgeBuilding', actor: coordinator, movedOnToOrganisedLeisure: true, activity: 'Scouts' });
    expect(bridged.state.bridgeBuilding).toMatchObject({ movedOnToOrganisedLeisure: true, activity: 'Scouts' });
    expect(bridged.state.tasks.find((task) => task.taskId === 'bridge_building:1')).toMatchObject({ status: 'done', resolution: 'fulfilled' });

    // Six months after the end, time asks for the follow-up measurement; recording it ends the workflow.
    await journey.waitForReminder('post_end_measurement:1');
    await journey.send({ type: 'RecordPostEndMeasurement', actor: coordinator, measurement: scores(3) });
    const final = await journey.handle.result();
    expect(final).toMatchObject({ stage: 'closed', closure: { reason: 'relationship_did_not_take' }, postEndMeasurement: { status: 'recorded' } });

    const snapshot = await journey.settled();
    expectProjectionMatches(snapshot);
    const closedEvent = snapshot.rows.events.find((row) => row.type === 'JourneyClosed');
    expect(closedEvent).toMatchObject({ milestone: true, payload: { reason: 'relationship_did_not_take', goodbyeHeld: true } });
    expect(snapshot.rows.journey).toMatchObject({ stage: 'closed' });
    expect(snapshot.rows.journey?.ended_at).not.toBeNull();
    expect(notificationsFor(snapshot.rows, 'caseworker').map((n) => n.kind)).toEqual(
      expect.arrayContaining(['ClosureRequested', 'JourneyClosed']),
    );
  });

  it('offers a new family when the family ends the course after two months, and matches the child again', async () => {
    const journey = await JourneyDriver.start(stack, { name: 'rematch', dayLengthMs: DAY_MS });
    const [family1, family2] = [await journey.newFamily(), await journey.newFamily()];
    await journey.driveToActive(family1);
    await journey.writeLogbook(1);
    // Two months of visits: the first supervision session falls due on day 61.
    await journey.waitForReminder('supervision:0-1');

    const closing = await journey.send({ type: 'RequestClosure', actor: coordinator, reason: 'family_ended_course', note: 'The family is overwhelmed.' });
    expect(closing.state.stage).toBe('closing');
    expect(closing.state.tasks.filter((task) => task.kind === 'supervision').map((task) => [task.status, task.resolution])).toEqual([['done', 'no_longer_needed']]);
    await journey.send({ type: 'OfferRematch', actor: coordinator });
    // While the offer stands, the goodbye waits for the child's side to answer.
    expect(await journey.refusalOf({ type: 'RecordGoodbye', actor: coordinator })).toBe('rematch_offer_pending');
    const rematched = await journey.send({ type: 'AcceptRematch', actor: parent, note: 'We would like a new family.' });

    expect(rematched.state).toMatchObject({ stage: 'matching', rematchCount: 1, match: null, closure: null });
    expect(rematched.state.previousMatches.map((m) => [m.familyId, m.matchNumber])).toEqual([[family1, 0]]);
    expect(rematched.state.tasks.find((task) => task.taskId === 'goodbye:0')).toMatchObject({ status: 'done', resolution: 'no_longer_needed' });

    const matchedAgain = await journey.matchWith(family2);
    expect(matchedAgain.state.match).toMatchObject({ familyId: family2, matchNumber: 1 });
    const activeAgain = await journey.holdFriendshipMeeting();
    expect(activeAgain.state.stage).toBe('active');
    // The first family's logbook is closed; the new family's weeks count from its own meeting.
    expect(await journey.refusalOf({ type: 'WriteLogbookEntry', actor: familyActor(family1), familyId: family1, week: 1, visit: 'held', note: 'x', concern: false })).toBe(
      'not_the_matched_family',
    );
    const written = await journey.writeLogbook(1, { familyId: family2 });
    expect(written.state.logbook.map((entry) => [entry.familyId, entry.matchNumber, entry.week])).toEqual([
      [family1, 0, 1],
      [family2, 1, 1],
    ]);

    const snapshot = await journey.settled();
    expectProjectionMatches(snapshot);
    expect(snapshot.rows.journey).toMatchObject({ stage: 'active', rematch_count: 1, family_id: family2 });
    const matchMadeRows = snapshot.rows.events.filter((row) => row.type === 'MatchMade').map((row) => row.payload);
    expect(matchMadeRows).toEqual([
      { familyId: family1, matchNumber: 0 },
      { familyId: family2, matchNumber: 1 },
    ]);
    expect(notificationsFor(snapshot.rows, 'caseworker').map((n) => n.kind)).toEqual(
      expect.arrayContaining(['ClosureRequested', 'RematchAccepted', 'MatchMade', 'FriendshipMeetingHeld']),
    );
    await journey.handle.terminate('test finished');
  });

  it('ends the journey when consent is withdrawn during visits: tasks closed, the caseworker told, the concern still assessed', async () => {
    const journey = await JourneyDriver.start(stack, { name: 'withdrawn', dayLengthMs: DAY_MS });
    await journey.driveToActive();
    await journey.writeLogbook(1, { concern: true });
    await journey.waitForReminder('logbook_screening:0-1');

    const withdrawn = await journey.send({ type: 'WithdrawConsent', actor: caseworker, withdrawnBy: 'custody_holders', reason: 'The mother no longer wants it.' });

    expect(withdrawn.state.stage).toBe('withdrawn');
    expect(withdrawn.state.consent).toMatchObject({ status: 'withdrawn', declinedBy: 'custody_holders' });
    const open = withdrawn.state.tasks.filter((task) => task.status === 'open');
    // Sharing stops and every task is dropped, except the concern's assessment: the duty to notify outlives consent.
    expect(open.every((task) => task.kind.startsWith('concern_'))).toBe(true);
    expect(open.map((task) => task.taskId)).toContain('concern_assessment:1');
    expect(withdrawn.state.tasks.find((task) => task.taskId === 'logbook_screening:0-1')).toMatchObject({ status: 'done', resolution: 'no_longer_needed' });
    expect(await journey.refusalOf({ type: 'ScreenLogbooks', actor: coordinator })).toBe('journey_ended');

    await journey.send({ type: 'AssessConcern', actor: coordinator, concernId: 'concern:1', outcome: 'no_action', note: 'A scraped knee from football.' });
    const final = await journey.handle.result();
    expect(final.stage).toBe('withdrawn');
    expect(final.tasks.filter((task) => task.status === 'open')).toEqual([]);

    const snapshot = await journey.settled();
    expectProjectionMatches(snapshot);
    expect(snapshot.rows.tasks.filter((row) => row.status === 'open')).toEqual([]);
    expect(snapshot.rows.journey).toMatchObject({ stage: 'withdrawn' });
    const withdrawnSequence = snapshot.events.findIndex((event) => event.type === 'ConsentWithdrawn');
    expect(notificationsFor(snapshot.rows, 'caseworker')).toContainEqual({ kind: 'ConsentWithdrawn', summary: 'ConsentWithdrawn', sequence: withdrawnSequence });
  });
});
