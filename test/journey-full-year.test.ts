import { replayJourney } from '@venskab/domain/journey';
import type { JourneyTask } from '@venskab/domain/journey';
import type { JourneyView } from '@venskab/contracts';
import { coordinator, expectProjectionMatches, firedReminders, JourneyDriver, notificationsFor, scores } from './support/journey-driver';
import { startTestStack, TestStack } from './support/test-stack';

// A whole programme year on the real server: 25 ms per programme day makes the year about 9 s,
// while a visit week (175 ms) still leaves room for the week's commands on a loaded machine.
const DAY_MS = 25;
const FIRST_YEAR_SUPERVISION_SESSIONS = 5; // every 61 days, strictly before day 365
const FOLLOW_UP_ROUNDS = 4; // after 1, 3, 6 and 9 months

const isOpen = (kind: string) => (task: JourneyTask) => task.status === 'open' && task.kind === kind;
/** "supervision:0-3" → 3: the session or round a reminder's task is about. */
const occurrence = (task: JourneyTask): number => Number(task.taskId.split('-').pop());

describe('journey: a full year', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());

  it('goes from referral through a year of weekly visits and supervision to a future agreement', async () => {
    const journey = await JourneyDriver.start(stack, { name: 'full-year', dayLengthMs: DAY_MS });
    const active = await journey.driveToActive();
    expect(active.state.match).toMatchObject({ matchNumber: 0, familyId: journey.familyId });

    // The year as the people live it: the family writes each week's logbook once the week has begun,
    // the coordinator screens logbooks and records each supervision session and follow-up once its
    // reminder has opened the task, and holds the review when its reminder comes.
    const deadline = Date.now() + 45_000;
    let view: JourneyView = active;
    while (!view.state.tasks.some(isOpen('review_upcoming'))) {
      if (Date.now() > deadline) throw new Error(`the review reminder did not come; stage ${view.state.stage}, ${view.eventCount} events`);
      const written = new Set(view.state.logbook.map((entry) => entry.week));
      for (let week = 1; Date.parse(journey.weekStart(active, week)) + 5 <= Date.now(); week++) {
        if (!written.has(week)) view = await journey.writeLogbook(week);
      }
      for (const task of view.state.tasks.filter(isOpen('supervision'))) {
        // One session missed, as happens: it is recorded as missed and still closes the reminder.
        const session = occurrence(task);
        view = await journey.send({ type: 'RecordSupervision', actor: coordinator, session, outcome: session === 3 ? 'missed' : 'held' });
      }
      for (const withWhom of ['child', 'parents'] as const) {
        for (const task of view.state.tasks.filter(isOpen(`follow_up_${withWhom}`))) {
          view = await journey.send({ type: 'RecordFollowUp', actor: coordinator, with: withWhom, round: occurrence(task), outcome: 'held' });
        }
      }
      if (view.state.tasks.some(isOpen('logbook_screening'))) view = await journey.send({ type: 'ScreenLogbooks', actor: coordinator });
      view = await journey.view();
    }

    const reviewed = await journey.send({
      type: 'RecordOneYearReview',
      actor: coordinator,
      after: scores(3),
      wishesToContinue: { child: true, parents: true, family: true },
      experiences: { child: 'I like baking with them.' },
    });
    expect(reviewed.state.stage).toBe('one_year_review');
    const agreed = await journey.send({ type: 'RecordFutureAgreement', actor: coordinator, form: 'Every second Wednesday, privately' });
    expect(agreed.state.stage).toBe('continuing');
    expect(agreed.state.endedAt).not.toBeNull();
    // The future agreement ends the weekly rhythm: every relationship task is closed, bridge-building opens.
    expect(agreed.state.tasks.filter((task) => task.status === 'open').map((task) => task.kind)).toEqual(['bridge_building']);
    await journey.send({ type: 'RecordBridgeBuilding', actor: coordinator, movedOnToOrganisedLeisure: true, activity: 'Local football club' });
    await journey.send({ type: 'RecordPostEndMeasurement', actor: coordinator, measurement: scores(3) });

    // Nothing is left to do for the course, so the workflow completes with the state it held.
    const final = await journey.handle.result();
    expect(final.stage).toBe('continuing');
    const snapshot = await journey.settled();
    const { events, rows } = snapshot;
    expect(replayJourney(journey.journeyId, journey.policy, events)).toEqual(final);
    expect(snapshot.view.state).toEqual(final);

    // Time brought every first-year reminder, and each was answered.
    const sessions = Array.from({ length: FIRST_YEAR_SUPERVISION_SESSIONS }, (_, i) => i + 1);
    const rounds = Array.from({ length: FOLLOW_UP_ROUNDS }, (_, i) => i + 1);
    expect(firedReminders(events, 'supervision')).toEqual(sessions.map((n) => `supervision:0-${n}`));
    expect(firedReminders(events, 'follow_up_child')).toEqual(rounds.map((n) => `follow_up_child:0-${n}`));
    expect(firedReminders(events, 'follow_up_parents')).toEqual(rounds.map((n) => `follow_up_parents:0-${n}`));
    expect(firedReminders(events, 'review_upcoming')).toEqual(['review_upcoming:0']);
    expect(firedReminders(events, 'review_overdue')).toEqual([]);
    for (const taskId of [...firedReminders(events, 'supervision'), ...firedReminders(events, 'follow_up_child'), ...firedReminders(events, 'follow_up_parents'), 'review_upcoming:0']) {
      expect(final.tasks.find((task) => task.taskId === taskId)).toMatchObject({ status: 'done', resolution: 'fulfilled' });
    }
    expect(final.supervision.map((s) => [s.session, s.outcome])).toEqual(sessions.map((n) => [n, n === 3 ? 'missed' : 'held']));
    expect(final.followUps).toHaveLength(2 * FOLLOW_UP_ROUNDS);
    expect(final.review).toMatchObject({ matchNumber: 0, after: scores(3) });
    expect(final.futureAgreement?.form).toBe('Every second Wednesday, privately');
    expect(final.bridgeBuilding).toMatchObject({ movedOnToOrganisedLeisure: true });
    expect(final.postEndMeasurement).toMatchObject({ status: 'recorded' });

    // About fifty weeks of visits, each written exactly once.
    const weeks = final.logbook.map((entry) => entry.week);
    expect(weeks.length).toBeGreaterThanOrEqual(50);
    expect(weeks).toEqual(weeks.map((_, i) => i + 1));
    expect(final.logbookScreenings.length).toBeGreaterThan(0);

    expectProjectionMatches(snapshot);
    expect(rows.journey).toMatchObject({ stage: 'continuing', family_id: journey.familyId, overdue: false, child_label: 'T.E.' });
    expect(rows.journey?.ended_at).not.toBeNull();
    expect(rows.events.filter((row) => row.type === 'LogbookEntryWritten')).toHaveLength(weeks.length);
    expect(rows.tasks.filter((row) => row.kind === 'supervision').map((row) => row.status)).toEqual(sessions.map(() => 'done'));
    expect(rows.tasks.filter((row) => row.kind.startsWith('follow_up_'))).toHaveLength(2 * FOLLOW_UP_ROUNDS);
    // The caseworker is told the milestones and nothing else (no logbook text, no reminders of the organisation).
    expect(notificationsFor(rows, 'caseworker').map((n) => n.kind)).toEqual([
      'ChildReferred',
      'ConsentGiven',
      'MatchMade',
      'FriendshipMeetingHeld',
      'OneYearReviewHeld',
      'FutureAgreementRecorded',
    ]);
    const coordinatorSummaries = notificationsFor(rows, 'coordinator').map((n) => n.summary);
    expect(coordinatorSummaries).toEqual(expect.arrayContaining(sessions.map((n) => `Hold group supervision session ${n} with the family.`)));
    expect(coordinatorSummaries).toContain('Plan the one-year review with the after-measurement.');
  });
});
