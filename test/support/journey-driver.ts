import { Client, WorkflowHandle, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  Actor,
  DEFAULT_JOURNEY_POLICY,
  isMilestone,
  JourneyCommand,
  JourneyEvent,
  JourneyPolicy,
  ReminderKind,
  VisitAgreement,
} from '@venskab/domain/journey';
import type { ReminderFired } from '@venskab/domain/journey';
import { caseworker, coordinator, eligibleChild, FAMILY_ID, parent, scores } from '@venskab/domain/journey/journey.fixture';
import { executeUpdateRetryingNotAccepted } from '@venskab/platform/temporal/update-retry';
import {
  JOURNEY_REFUSED,
  journeyCommandUpdate,
  journeyEventsQuery,
  JourneyView,
  journeyViewQuery,
  journeyWorkflowId,
} from '@venskab/contracts';
import type { journeyWorkflow } from '@venskab/workflows/journey/journey-workflow';
import { FamilyDriver } from './family-driver';
import type { TestStack } from './test-stack';
import { waitFor } from './wait-for';

export { caseworker, coordinator, parent, scores, FAMILY_ID };

/** The friendship family's own user acting for `familyId` (the fixture's family actor belongs to FAMILY_ID). */
export function familyActor(familyId: string = FAMILY_ID): Actor {
  return { userId: `${familyId}-user`, role: 'volunteer_family' };
}

export const VISIT_AGREEMENT: VisitAgreement = { weekday: 'wednesday', pickUp: 'school 14:00', return: 'home 19:00' };

/** Rows of the read model for one journey, as the SQL columns name them. */
export interface ProjectedRows {
  journey: Record<string, any> | undefined;
  events: Array<{ sequence: number; type: string; milestone: boolean; actor_role: string; payload: Record<string, any> }>;
  tasks: Array<{ task_id: string; kind: string; assignee_role: string; status: string; closed_at: Date | null }>;
  notifications: Array<{ notification_id: string; recipient_role: string; kind: string; summary: string }>;
}

export async function projectedRows(dataSource: DataSource, journeyId: string): Promise<ProjectedRows> {
  const [journey] = await dataSource.query('SELECT * FROM journeys WHERE journey_id = $1', [journeyId]);
  const events = await dataSource.query(
    'SELECT sequence, type, milestone, actor_role, payload FROM journey_events WHERE journey_id = $1 ORDER BY sequence',
    [journeyId],
  );
  const tasks = await dataSource.query(
    'SELECT task_id, kind, assignee_role, status, closed_at FROM tasks WHERE journey_id = $1 ORDER BY task_id',
    [journeyId],
  );
  const notifications = await dataSource.query(
    'SELECT notification_id, recipient_role, kind, summary FROM notification_outbox WHERE journey_id = $1 ORDER BY notification_id',
    [journeyId],
  );
  return { journey, events, tasks, notifications };
}

/** View, events and rows taken at one moment when the read model has caught up with the workflow. */
export interface JourneySnapshot {
  view: JourneyView;
  events: JourneyEvent[];
  rows: ProjectedRows;
}

const isReminder = (event: JourneyEvent, taskId: string): event is ReminderFired =>
  event.type === 'ReminderFired' && event.taskId === taskId;

/**
 * One child's journey, started directly on Temporal with a compressed programme day, and the
 * commands people send to it. Every command goes through the real update and its validator.
 */
export class JourneyDriver {
  /** The family of the latest proposal: a child can only be proposed to a family that exists and has a free place. */
  familyId: string = FAMILY_ID;

  private constructor(
    readonly client: Client,
    readonly dataSource: DataSource,
    readonly taskQueue: string,
    readonly journeyId: string,
    readonly policy: JourneyPolicy,
    readonly handle: WorkflowHandle<typeof journeyWorkflow>,
  ) {}

  /** `programme` sets the journey's programme (default 'hjem-til-os'), so a test can count its own journeys in a shared database. */
  static async start(stack: TestStack, options: { name: string; dayLengthMs: number; programme?: string; projectionDelayMs?: number }): Promise<JourneyDriver> {
    const journeyId = `${options.name}-${randomUUID().slice(0, 8)}`;
    const policy: JourneyPolicy = { ...DEFAULT_JOURNEY_POLICY, dayLengthMs: options.dayLengthMs };
    const handle = await stack.client.workflow.start<typeof journeyWorkflow>('journeyWorkflow', {
      workflowId: journeyWorkflowId(journeyId),
      taskQueue: stack.config.taskQueue,
      args: [
        {
          journeyId,
          programme: options.programme ?? 'hjem-til-os',
          childLabel: 'T.E.',
          policy,
          referral: { type: 'ReferChild', actor: caseworker, journeyId, child: eligibleChild },
          ...(options.projectionDelayMs === undefined ? {} : { projectionDelayMs: options.projectionDelayMs }),
        },
      ],
    });
    return new JourneyDriver(stack.client, stack.dataSource, stack.config.taskQueue, journeyId, policy, handle);
  }

  get firstRunId(): string {
    return (this.handle as unknown as { firstExecutionRunId: string }).firstExecutionRunId;
  }

  /** Milliseconds of `days` programme days under this journey's policy. */
  ms(days: number): number {
    return days * this.policy.dayLengthMs;
  }

  send(command: JourneyCommand, updateId?: string): Promise<JourneyView> {
    // As the API does: a command the server did not accept (the journey was continuing as new) is sent again.
    return executeUpdateRetryingNotAccepted((id) => this.handle.executeUpdate(journeyCommandUpdate, { args: [command], updateId: id }), updateId);
  }

  /** Sends a command the journey must refuse and returns the domain's refusal code (fails if it was accepted). */
  async refusalOf(command: JourneyCommand, updateId?: string): Promise<string> {
    let accepted: JourneyView;
    try {
      accepted = await this.send(command, updateId);
    } catch (error) {
      if (!(error instanceof WorkflowUpdateFailedError) || !(error.cause instanceof ApplicationFailure)) throw error;
      expect(error.cause.type).toBe(JOURNEY_REFUSED);
      return (error.cause.details?.[0] as { code: string }).code;
    }
    throw new Error(`${command.type} was accepted (events now ${accepted.eventCount}) but should have been refused`);
  }

  view(): Promise<JourneyView> {
    return this.handle.query(journeyViewQuery);
  }

  events(): Promise<JourneyEvent[]> {
    return this.handle.query(journeyEventsQuery);
  }

  /** Polls the journey's events until one matches: how tests wait for time to bring something, instead of sleeping. */
  async waitForEvent<E extends JourneyEvent>(match: (event: JourneyEvent) => event is E, what: string, timeoutMs?: number): Promise<E>;
  async waitForEvent(match: (event: JourneyEvent) => boolean, what: string, timeoutMs?: number): Promise<JourneyEvent>;
  async waitForEvent(match: (event: JourneyEvent) => boolean, what: string, timeoutMs = 20_000): Promise<JourneyEvent> {
    try {
      return await waitFor(async () => (await this.events()).find(match), timeoutMs, 50);
    } catch (error) {
      throw new Error(`${this.journeyId}: waited in vain for ${what}: ${String(error)}`);
    }
  }

  waitForReminder(taskId: string, timeoutMs?: number): Promise<ReminderFired> {
    return this.waitForEvent((event): event is ReminderFired => isReminder(event, taskId), `reminder ${taskId}`, timeoutMs);
  }

  /** Polls the wall clock (which the workflow clock follows on this one machine) until `at` plus one programme day has passed. */
  async waitUntil(at: string): Promise<void> {
    const target = Date.parse(at) + this.policy.dayLengthMs;
    await waitFor(async () => (Date.now() >= target ? true : undefined), Math.max(5_000, target - Date.now() + 5_000), 10);
  }

  /** Waits until the read model holds every event the workflow has, then returns the three views of that moment. */
  async settled(timeoutMs = 20_000): Promise<JourneySnapshot> {
    return waitFor(async () => {
      const view = await this.view();
      const events = await this.events();
      const rows = await projectedRows(this.dataSource, this.journeyId);
      const consistent = view.eventCount === events.length && rows.journey?.event_count === events.length && rows.events.length === events.length;
      return consistent ? { view, events, rows } : undefined;
    }, timeoutMs, 50);
  }

  // The intake, one command per step, as the people of the programme send them.

  consent(): Promise<JourneyView> {
    return this.send({ type: 'GiveConsent', actor: caseworker, custodyHolders: ['Mother'] });
  }

  screen(): Promise<JourneyView> {
    return this.send({ type: 'RecordScreeningVisit', actor: coordinator, baseline: scores(2) });
  }

  /** A new approved family with one place, on this journey's task queue; answers its id. */
  async newFamily(): Promise<string> {
    return (await FamilyDriver.approved(this.client, this.taskQueue)).familyId;
  }

  async matchWith(familyId: string): Promise<JourneyView> {
    await this.send({ type: 'ProposeMatch', actor: coordinator, familyId });
    this.familyId = familyId;
    await this.send({ type: 'AcceptMatch', actor: parent, side: 'child' });
    return this.send({ type: 'AcceptMatch', actor: familyActor(familyId), side: 'family' });
  }

  async holdFriendshipMeeting(): Promise<JourneyView> {
    await this.send({ type: 'ScheduleFriendshipMeeting', actor: coordinator, scheduledFor: new Date().toISOString() });
    return this.send({ type: 'RecordFriendshipMeetingHeld', actor: coordinator, agreement: VISIT_AGREEMENT });
  }

  /** Referral (at start) → consent → screening → match accepted by both sides (a new family unless one is given) → friendship meeting: weekly visits begin. */
  async driveToActive(familyId?: string): Promise<JourneyView> {
    await this.consent();
    await this.screen();
    await this.matchWith(familyId ?? (await this.newFamily()));
    const view = await this.holdFriendshipMeeting();
    expect(view.state.stage).toBe('active');
    return view;
  }

  /** The logbook entry of the family of the latest proposal, unless the entry names another. */
  writeLogbook(week: number, entry: LogbookEntryOptions = {}, updateId?: string): Promise<JourneyView> {
    return this.send(logbookEntry(week, { familyId: this.familyId, ...entry }), updateId);
  }

  /** Start of visit week `week` of the current match (week 1 starts at the friendship meeting). */
  weekStart(view: JourneyView, week: number): string {
    const heldAt = view.state.match?.meeting?.heldAt;
    if (!heldAt) throw new Error('no friendship meeting held yet');
    return new Date(Date.parse(heldAt) + this.ms((week - 1) * this.policy.visitIntervalDays)).toISOString();
  }
}

export interface LogbookEntryOptions {
  visit?: 'held' | 'cancelled';
  cancelledBy?: 'family' | 'child' | 'parents';
  concern?: boolean;
  familyId?: string;
}

/** The family's logbook entry for visit week `week` (held, no worry, unless said otherwise). */
export function logbookEntry(week: number, entry: LogbookEntryOptions = {}): JourneyCommand {
  const familyId = entry.familyId ?? FAMILY_ID;
  return {
    type: 'WriteLogbookEntry',
    actor: familyActor(familyId),
    familyId,
    week,
    visit: entry.visit ?? 'held',
    ...(entry.cancelledBy ? { cancelledBy: entry.cancelledBy } : {}),
    note: entry.visit === 'cancelled' ? 'The visit did not happen.' : 'Baked bread, then football in the park.',
    concern: entry.concern ?? false,
  };
}

/** The history's events as kinds of reminder that fired, e.g. ['supervision:0-1', ...]. */
export function firedReminders(events: JourneyEvent[], kind?: ReminderKind): string[] {
  return events.filter((e): e is ReminderFired => e.type === 'ReminderFired' && (!kind || e.reminder === kind)).map((e) => e.taskId);
}

/**
 * The read model is a faithful projection of the workflow: one row per event at positions 0..n-1 with
 * the same type and milestone flag, the journey row at the same stage and count, and every task as the state has it.
 */
export function expectProjectionMatches({ view, events, rows }: JourneySnapshot): void {
  const { state } = view;
  expect(rows.events.map((row) => row.sequence)).toEqual(events.map((_, i) => i));
  expect(rows.events.map((row) => [row.type, row.milestone])).toEqual(events.map((event) => [event.type, isMilestone(event)]));
  expect(rows.journey).toMatchObject({
    stage: state.stage,
    event_count: events.length,
    rematch_count: state.rematchCount,
    cancelled_visits: state.cancellations.length,
    family_id: state.match?.familyId ?? state.proposal?.familyId ?? null,
  });
  const expectedTasks = state.tasks
    .map((task) => ({ task_id: `${state.journeyId}/${task.taskId}`, kind: task.kind, assignee_role: task.assigneeRole, status: task.status }))
    .sort((a, b) => a.task_id.localeCompare(b.task_id));
  expect(rows.tasks.map(({ task_id, kind, assignee_role, status }) => ({ task_id, kind, assignee_role, status })).sort((a, b) => a.task_id.localeCompare(b.task_id))).toEqual(
    expectedTasks,
  );
}

/** The outbox rows for one recipient, as [kind, summary] pairs in event order. */
export function notificationsFor(rows: ProjectedRows, role: string): Array<{ kind: string; summary: string; sequence: number }> {
  return rows.notifications
    .filter((n) => n.recipient_role === role)
    .map((n) => ({ kind: n.kind, summary: n.summary, sequence: Number(n.notification_id.split('/')[1]) }))
    .sort((a, b) => a.sequence - b.sequence);
}
