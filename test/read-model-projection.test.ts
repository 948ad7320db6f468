import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { projectFamily } from '@venskab/activities/family/project-family';
import type { FamilyProjection } from '@venskab/contracts';
import { projectJourney } from '@venskab/activities/journey/project-journey';
import type { JourneyProjection } from '@venskab/contracts';
import { createReadModelDataSource } from '@venskab/read-model/data-source';
import { testEnv } from './support/test-env-keys';

/**
 * The projection activities against the real PostgreSQL: a retried step writes nothing twice, and a
 * step that arrives after a newer one (a late retry) adds its events but never rolls the row or the
 * tasks back.
 */
let dataSource: DataSource;
const journeyId = `projection-${randomUUID()}`;
const familyId = `projection-${randomUUID()}`;
beforeAll(async () => {
  dataSource = createReadModelDataSource(testEnv('databaseUrl'));
  await dataSource.initialize();
});
// The database is shared with the other test files (match suggestions read every family row), so the
// rows written here are removed again; the events stay, as the tables refuse to lose an event.
afterAll(async () => {
  await dataSource.query('DELETE FROM tasks WHERE journey_id = $1 OR family_id = $2', [journeyId, familyId]);
  await dataSource.query('DELETE FROM notification_outbox WHERE journey_id = $1 OR family_id = $2', [journeyId, familyId]);
  await dataSource.query('DELETE FROM journeys WHERE journey_id = $1', [journeyId]);
  await dataSource.query('DELETE FROM families WHERE family_id = $1', [familyId]);
  await dataSource.destroy();
});

const T0 = '2026-03-02T09:00:00.000Z';
const T1 = '2026-03-09T09:00:00.000Z';

function task(taskId: string, status: 'open' | 'done') {
  return { taskId, kind: 'reminder', assigneeRole: 'coordinator', dueAt: T1, status, openedAt: T0, closedAt: status === 'done' ? T1 : null, summary: `task ${taskId}` };
}

function event(sequence: number, type: string, at: string) {
  return { sequence, type, at, actorId: 'coordinator-mette', actorRole: 'coordinator', payload: { note: `event ${sequence}` } };
}

function journeyStep(journeyId: string, stage: string, eventCount: number, events: JourneyProjection['events'], tasks: JourneyProjection['tasks']): JourneyProjection {
  return {
    journeyId,
    summary: {
      stage,
      programme: 'projection-test',
      caseworkerId: 'caseworker-anna',
      caseworkerUnit: 'unit-north',
      childLabel: 'P.T.',
      childAge: 9,
      familyId: null,
      referredAt: T0,
      stageEnteredAt: events.at(-1)?.at ?? T0,
      matchedAt: null,
      endedAt: null,
      rematchCount: 0,
      cancelledVisits: 0,
      nextDueAt: T1,
      overdue: false,
      dayLengthMs: 86_400_000,
    },
    events,
    eventCount,
    tasks,
    notifications: events.map((e) => ({ notificationId: `${journeyId}/${e.sequence}/caseworker`, recipientRole: 'caseworker', kind: e.type, summary: e.type, createdAt: e.at })),
  };
}

async function rows(sql: string, id: string): Promise<any[]> {
  return dataSource.query(sql, [id]);
}

describe('journey projection', () => {
  const first = journeyStep(journeyId, 'awaiting_consent', 2, [{ ...event(0, 'ChildReferred', T0), milestone: true }, { ...event(1, 'ReminderFired', T0), milestone: false }], [task('consent', 'open')]);
  const second = journeyStep(journeyId, 'screening', 3, [{ ...event(2, 'ConsentGiven', T1), milestone: true }], [task('consent', 'done'), task('screening', 'open')]);

  it('writes a step once however often it is retried', async () => {
    await projectJourney(dataSource, first);
    await projectJourney(dataSource, first);
    expect(await rows('SELECT stage, event_count FROM journeys WHERE journey_id = $1', journeyId)).toEqual([{ stage: 'awaiting_consent', event_count: 2 }]);
    expect(await rows('SELECT sequence, type FROM journey_events WHERE journey_id = $1 ORDER BY sequence', journeyId)).toEqual([
      { sequence: 0, type: 'ChildReferred' },
      { sequence: 1, type: 'ReminderFired' },
    ]);
    expect(await rows('SELECT count(*)::int AS n FROM notification_outbox WHERE journey_id = $1', journeyId)).toEqual([{ n: 2 }]);
    expect(await rows('SELECT task_id, status FROM tasks WHERE journey_id = $1', journeyId)).toEqual([{ task_id: `${journeyId}/consent`, status: 'open' }]);
  });

  it('moves on with a newer step and is not rolled back by an older one arriving late', async () => {
    await projectJourney(dataSource, second);
    await projectJourney(dataSource, first);
    expect(await rows('SELECT stage, event_count FROM journeys WHERE journey_id = $1', journeyId)).toEqual([{ stage: 'screening', event_count: 3 }]);
    expect(await rows('SELECT task_id, status FROM tasks WHERE journey_id = $1 ORDER BY task_id', journeyId)).toEqual([
      { task_id: `${journeyId}/consent`, status: 'done' },
      { task_id: `${journeyId}/screening`, status: 'open' },
    ]);
    expect(await rows('SELECT count(*)::int AS n FROM journey_events WHERE journey_id = $1', journeyId)).toEqual([{ n: 3 }]);
    expect(await rows('SELECT count(*)::int AS n FROM notification_outbox WHERE journey_id = $1', journeyId)).toEqual([{ n: 3 }]);
  });

  it('answers with the events it was given, for the workflow history', async () => {
    expect(await projectJourney(dataSource, second)).toEqual({ journeyId, events: second.events });
  });
});

describe('family projection', () => {
  const step = (stage: string, eventCount: number, events: FamilyProjection['events'], tasks: FamilyProjection['tasks']): FamilyProjection => ({
    familyId,
    summary: {
      displayName: 'Familien Test',
      stage,
      homeDistrict: 'Nord',
      capacity: 1,
      freeCapacity: 1,
      linkedJourneyIds: stage === 'approved' ? [] : ['journey-a'],
      appliedAt: T0,
      approvedAt: stage === 'applied' ? null : T1,
      waitingSince: null,
      flaggedLongWait: false,
      candidate: {
        familyId,
        displayName: 'Familien Test',
        status: stage as FamilyProjection['summary']['candidate']['status'],
        adults: [],
        ownChildrenAges: [],
        weekdaysAvailable: [],
        capacity: 1,
        freeCapacity: 1,
        needsAbleToMeet: [],
        interests: [],
        homeDistrict: 'Nord',
        home: null,
        waitingSince: null,
        linkedJourneyIds: [],
        pastJourneyIds: [],
        coordinatorNotes: [],
      },
    },
    events,
    eventCount,
    tasks,
    notifications: events.map((e) => ({ notificationId: `${familyId}/${e.sequence}/coordinator`, recipientRole: 'coordinator', kind: e.type, summary: e.type, createdAt: e.at })),
  });
  const first = step('applied', 1, [event(0, 'FamilyApplied', T0)], [task('home-visit', 'open')]);
  const second = step('approved', 2, [event(1, 'FamilyApproved', T1)], [task('home-visit', 'done')]);

  it('writes each step once and keeps the newest row and tasks', async () => {
    await projectFamily(dataSource, first);
    await projectFamily(dataSource, first);
    expect(await rows('SELECT stage, event_count, linked_journey_ids FROM families WHERE family_id = $1', familyId)).toEqual([
      { stage: 'applied', event_count: 1, linked_journey_ids: ['journey-a'] },
    ]);
    await projectFamily(dataSource, second);
    await projectFamily(dataSource, first);
    expect(await rows('SELECT stage, event_count, linked_journey_ids FROM families WHERE family_id = $1', familyId)).toEqual([
      { stage: 'approved', event_count: 2, linked_journey_ids: [] },
    ]);
    expect(await rows('SELECT task_id, status FROM tasks WHERE family_id = $1', familyId)).toEqual([{ task_id: `${familyId}/home-visit`, status: 'done' }]);
    expect(await rows('SELECT sequence, type FROM family_events WHERE family_id = $1 ORDER BY sequence', familyId)).toEqual([
      { sequence: 0, type: 'FamilyApplied' },
      { sequence: 1, type: 'FamilyApproved' },
    ]);
    expect(await rows('SELECT count(*)::int AS n FROM notification_outbox WHERE family_id = $1', familyId)).toEqual([{ n: 2 }]);
  });
});
