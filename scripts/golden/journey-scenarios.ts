import { DEFAULT_JOURNEY_POLICY } from '@venskab/domain/journey';
import type { Actor, ChildDescription, JourneyCommand, JourneyPolicy, ReferChild, WellbeingMeasurement } from '@venskab/domain/journey';
import type { FamilyCommand } from '@venskab/domain/family';
import type { JourneyView } from '@venskab/contracts';

/**
 * The journeys whose workflow histories are kept as golden files (test/golden-histories/): plain
 * command objects, with the few waits a real journey has (a visit week must have started, the
 * one-year review opens shortly before the year is up, the post-end measurement falls due).
 * Only the domain's public types are used here; fixtures and test helpers are not part of the build.
 */

/**
 * The default rules, compressed: a programme day of 25 ms, and a first "year" of one quarter
 * (review after 91 days, supervision monthly, follow-ups after one and two months, the post-end
 * measurement a month after the end). Every rule runs as in production, and each journey finishes
 * in a few seconds; the shorter year keeps the recorded histories small (the accepted updates
 * return the whole journey view, which grows with every weekly reminder).
 */
export const GOLDEN_POLICY: JourneyPolicy = {
  ...DEFAULT_JOURNEY_POLICY,
  dayLengthMs: 25,
  reviewAtDays: 91,
  supervisionIntervalDays: 30,
  followUpDays: [30, 61],
  followUpMeasurementDaysAfterEnd: 30,
  followUpMeasurementGraceDays: 30,
};

export const CASEWORKER: Actor = { userId: 'caseworker-golden', role: 'caseworker' };
export const COORDINATOR: Actor = { userId: 'coordinator-golden', role: 'coordinator' };
export const PARENT: Actor = { userId: 'parent-golden', role: 'parent' };
export const familyActor = (familyId: string): Actor => ({ userId: `${familyId}-adult`, role: 'volunteer_family' });

export const CHILD: ChildDescription = {
  age: 9,
  situation: 'Lives with father and a younger sister; few adults around outside school.',
  needs: 'Calm, predictable adults; someone to cook with.',
  interests: ['football', 'baking'],
  legalBasis: 'barnets-lov-32',
  exclusionCriteriaConfirmedAbsent: true,
  caseworkerUnit: 'bbu-golden',
};

export const scores = (score: number): WellbeingMeasurement => ({
  psychological: score,
  relational: score,
  socialCompetences: score,
  coping: score,
  selfPerception: score,
  school: score,
});

/** One thing a person (or the system) does, optionally after waiting until the journey is ready for it. */
export interface JourneyStep {
  /** Built when the step runs, from the journey as it is then (e.g. the id of the open concern). */
  command: (view: JourneyView) => JourneyCommand;
  /** 'signal' sends it as the system message that cannot be refused (the family's workflow would). */
  via?: 'update' | 'signal';
  /** Polled (query + wall clock) before the command is sent. */
  waitFor?: { what: string; ready: (view: JourneyView, nowMs: number) => boolean };
}

/** A command to one of the scenario's families (e.g. it withdraws), sent as the family's update. */
export interface FamilyStep {
  family: { familyId: string; command: FamilyCommand };
}

export type ScenarioStep = JourneyStep | FamilyStep;

export interface JourneyScenario {
  name: string;
  journeyId: string;
  /** The families the journey is proposed to: started and approved before the journey, as a proposal needs an approved family with a free place. */
  families: string[];
  childLabel: string;
  policy: JourneyPolicy;
  referral: ReferChild;
  steps: ScenarioStep[];
}

const step = (command: JourneyCommand | ((view: JourneyView) => JourneyCommand), extra: Omit<JourneyStep, 'command'> = {}): JourneyStep => ({
  command: typeof command === 'function' ? command : () => command,
  ...extra,
});

const hasOpenTask = (kind: string) => ({
  what: `an open ${kind} task`,
  ready: (view: JourneyView) => view.state.tasks.some((task) => task.kind === kind && task.status === 'open'),
});

const stageIs = (stage: JourneyView['state']['stage']) => ({ what: `stage ${stage}`, ready: (view: JourneyView) => view.state.stage === stage });

/** Visit week n of the current family has begun (weeks are counted from the friendship meeting). */
const weekStarted = (week: number) => ({
  what: `visit week ${week}`,
  ready: (view: JourneyView, nowMs: number) => {
    const heldAt = view.state.match?.meeting?.heldAt;
    const { visitIntervalDays, dayLengthMs } = view.state.policy;
    return heldAt !== undefined && nowMs >= Date.parse(heldAt) + (week - 1) * visitIntervalDays * dayLengthMs + 5;
  },
});

/** Consent, screening, a match both sides accept, and the friendship meeting two days later. */
function intake(familyId: string, options: { consent?: boolean; screening?: boolean } = {}): ScenarioStep[] {
  const family = familyActor(familyId);
  return [
    ...(options.consent === false ? [] : [step({ type: 'GiveConsent', actor: CASEWORKER, custodyHolders: ['Father'] })]),
    ...(options.screening === false ? [] : [step({ type: 'RecordScreeningVisit', actor: COORDINATOR, baseline: scores(2), note: 'Motivated; wants a calm afternoon each week.' })]),
    step({ type: 'ProposeMatch', actor: COORDINATOR, familyId, note: 'Short transport, shared interest in football.' }),
    step({ type: 'AcceptMatch', actor: PARENT, side: 'child' }),
    step({ type: 'AcceptMatch', actor: family, side: 'family' }),
    step((view) => ({
      type: 'ScheduleFriendshipMeeting',
      actor: COORDINATOR,
      scheduledFor: new Date(Date.now() + 2 * view.state.policy.dayLengthMs).toISOString(),
    })),
    step(
      {
        type: 'RecordFriendshipMeetingHeld',
        actor: COORDINATOR,
        agreement: { weekday: 'wednesday', pickUp: 'school 14:00', return: 'home 19:00' },
        note: 'Good first meeting; the child showed the family her drawings.',
      },
      {
        waitFor: {
          what: 'the agreed meeting time',
          ready: (view, nowMs) => nowMs >= Date.parse(view.state.match?.meetingScheduledFor ?? new Date(0).toISOString()),
        },
      },
    ),
  ];
}

function logbook(familyId: string, week: number, entry: { visit?: 'held' | 'cancelled'; cancelledBy?: 'family' | 'child' | 'parents'; concern?: boolean; note?: string } = {}): ScenarioStep {
  return step(
    {
      type: 'WriteLogbookEntry',
      actor: familyActor(familyId),
      familyId,
      week,
      visit: entry.visit ?? 'held',
      ...(entry.cancelledBy ? { cancelledBy: entry.cancelledBy } : {}),
      note: entry.note ?? `Week ${week}: pick-up on time, dinner together.`,
      concern: entry.concern ?? false,
    },
    { waitFor: weekStarted(week) },
  );
}

function referral(journeyId: string): ReferChild {
  return { type: 'ReferChild', actor: CASEWORKER, journeyId, child: CHILD };
}

function scenario(name: string, families: string[], steps: ScenarioStep[]): JourneyScenario {
  const journeyId = `golden-${name}`;
  return { name, journeyId, families, childLabel: `G.${name.slice(0, 1).toUpperCase()}.`, policy: GOLDEN_POLICY, referral: referral(journeyId), steps };
}

/** Through a year of visits, the one-year review and the future agreement, to the measurement six months after the end. */
export function happyPath(): JourneyScenario {
  const familyId = 'family-golden-1';
  return scenario('happy-path', [familyId], [
    ...intake(familyId),
    logbook(familyId, 1),
    logbook(familyId, 2),
    logbook(familyId, 3, { visit: 'cancelled', cancelledBy: 'child', note: 'The child had a fever.' }),
    logbook(familyId, 4),
    step({ type: 'ScreenLogbooks', actor: COORDINATOR, note: 'All well; one visit cancelled for illness.' }),
    step({ type: 'RecordFollowUp', actor: COORDINATOR, with: 'child', outcome: 'held', note: 'Looks forward to Wednesdays.' }, { waitFor: hasOpenTask('follow_up_child') }),
    step({ type: 'RecordFollowUp', actor: COORDINATOR, with: 'parents', outcome: 'held' }),
    step({ type: 'PauseVisits', actor: familyActor(familyId), reason: 'holiday', note: 'Summer holiday.' }),
    step({ type: 'ResumeVisits', actor: familyActor(familyId) }, { waitFor: { what: 'a few days of holiday', ready: pausedForDays(5) } }),
    step({ type: 'RecordSupervision', actor: COORDINATOR, outcome: 'held', note: 'Online group supervision.' }, { waitFor: hasOpenTask('supervision') }),
    step(
      {
        type: 'RecordOneYearReview',
        actor: COORDINATOR,
        after: scores(3),
        wishesToContinue: { child: true, parents: true, family: true },
        experiences: { child: 'I like baking with them.', parents: 'She is calmer on Thursdays.', family: 'She is part of our week.' },
      },
      { waitFor: hasOpenTask('review_upcoming') },
    ),
    step({ type: 'RecordFutureAgreement', actor: COORDINATOR, form: 'Every second Wednesday, and holidays by arrangement.' }),
    step({ type: 'RecordBridgeBuilding', actor: COORDINATOR, movedOnToOrganisedLeisure: true, activity: 'the local football club' }),
    step({ type: 'RecordPostEndMeasurement', actor: COORDINATOR, measurement: scores(3) }, { waitFor: hasOpenTask('post_end_measurement') }),
  ]);
}

function pausedForDays(days: number) {
  return (view: JourneyView, nowMs: number) => {
    const open = view.state.pauses.find((pause) => pause.until === undefined);
    return open !== undefined && nowMs >= Date.parse(open.from) + days * view.state.policy.dayLengthMs;
  };
}

/** The family leaves after a few weeks; the child's side accepts a new family (after one declines), and that course ends later. */
export function rematch(): JourneyScenario {
  const first = 'family-golden-2';
  const declining = 'family-golden-3';
  const second = 'family-golden-4';
  return scenario('rematch', [first, declining, second], [
    ...intake(first),
    logbook(first, 1),
    logbook(first, 2),
    // The family withdraws in its own workflow, which tells the journey.
    { family: { familyId: first, command: { type: 'Withdraw', actor: familyActor(first), reason: 'The family is moving abroad.' } } },
    step({ type: 'OfferRematch', actor: COORDINATOR, note: 'A new family is offered.' }, { waitFor: stageIs('closing') }),
    step({ type: 'AcceptRematch', actor: PARENT }),
    step({ type: 'ProposeMatch', actor: COORDINATOR, familyId: declining }),
    step({ type: 'DeclineMatch', actor: familyActor(declining), side: 'family', reason: 'Wednesdays do not suit us after all.' }),
    ...intake(second, { consent: false, screening: false }),
    logbook(second, 1),
    logbook(second, 2),
    step({ type: 'RequestClosure', actor: COORDINATOR, reason: 'relationship_did_not_take', note: 'The child does not want to go any more.' }),
    step({ type: 'RecordGoodbye', actor: COORDINATOR, note: 'Goodbye with a photo book.' }),
    step({ type: 'RecordBridgeBuilding', actor: COORDINATOR, movedOnToOrganisedLeisure: false }),
    step({ type: 'RecordPostEndMeasurement', actor: COORDINATOR, measurement: null, note: 'The father declined the measurement.' }),
  ]);
}

/** The custody holders withdraw consent during the weekly visits: the journey ends at once. */
export function withdrawal(): JourneyScenario {
  const familyId = 'family-golden-5';
  return scenario('withdrawal', [familyId], [
    ...intake(familyId),
    logbook(familyId, 1),
    logbook(familyId, 2, { visit: 'cancelled', cancelledBy: 'parents', note: 'The father cancelled in the morning.' }),
    step({ type: 'PauseVisits', actor: COORDINATOR, reason: 'illness' }),
    step({ type: 'ResumeVisits', actor: COORDINATOR }),
    step({ type: 'WithdrawConsent', actor: CASEWORKER, withdrawnBy: 'custody_holders', reason: 'The father no longer wants the visits.' }),
  ]);
}

/** A worry in the logbook, assessed as a notification to the municipality; the course then closes with a goodbye. */
export function concern(): JourneyScenario {
  const familyId = 'family-golden-6';
  return scenario('concern', [familyId], [
    ...intake(familyId),
    logbook(familyId, 1),
    logbook(familyId, 2, { concern: true, note: 'The child had bruises on both arms and did not want to go home.' }),
    step((view) => ({
      type: 'AssessConcern',
      actor: COORDINATOR,
      concernId: view.state.concerns.find((c) => c.status === 'open')?.concernId ?? 'concern:missing',
      outcome: 'notification_to_municipality',
      note: 'Notification sent to the municipality the same day; the caseworker is informed.',
    })),
    step({ type: 'RequestClosure', actor: COORDINATOR, reason: 'safeguarding_concern' }),
    step({ type: 'RecordGoodbye', actor: COORDINATOR, note: 'Goodbye held with the coordinator present.' }),
    step({ type: 'RecordBridgeBuilding', actor: COORDINATOR, movedOnToOrganisedLeisure: false }),
    step({ type: 'RecordPostEndMeasurement', actor: COORDINATOR, measurement: scores(2) }),
  ]);
}

/** The parents stop after a few weeks: the course closes early with a planned goodbye; the family is free again. */
export function earlyClosure(): JourneyScenario {
  const familyId = 'family-golden-7';
  return scenario('early-closure', [familyId], [
    ...intake(familyId),
    logbook(familyId, 1),
    logbook(familyId, 2, { visit: 'cancelled', cancelledBy: 'parents', note: 'The mother did not answer the door.' }),
    step({ type: 'RequestClosure', actor: COORDINATOR, reason: 'parents_stopped', note: 'The parents no longer answer calls.' }),
    step({ type: 'RecordGoodbye', actor: COORDINATOR, note: 'A goodbye visit with a card from the family.' }),
    step({ type: 'RecordBridgeBuilding', actor: COORDINATOR, movedOnToOrganisedLeisure: true, activity: 'a scout group' }),
    step({ type: 'RecordPostEndMeasurement', actor: COORDINATOR, measurement: scores(2) }),
  ]);
}

export const GOLDEN_SCENARIOS: Array<() => JourneyScenario> = [happyPath, rematch, withdrawal, concern, earlyClosure];
