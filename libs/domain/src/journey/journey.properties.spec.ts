import fc from 'fast-check';
import { ROLES } from '../shared/actor';
import { addDays } from '../shared/time';
import { allowedCommands } from './allowed-commands';
import { COMMAND_RULES, COMMAND_TYPES } from './command-rules';
import { JourneyCommand, JourneyCommandType } from './commands';
import { decide } from './decide';
import {
  active,
  closed,
  closing,
  continuing,
  day,
  lapsed,
  eligibleChild,
  JourneyHarness,
  MEETING_DAY,
  meetingScheduled,
  policy,
  proposed,
  referred,
  reviewed,
  scores,
  screened,
  T0,
  withdrawn,
} from './journey.fixture';
import { replayJourney } from './replay';
import { isFinalStage, JOURNEY_STAGES } from './stages';
import { JourneyState } from './state';
import { nextWakeUp } from './timers';
import { CLOSURE_REASONS, CONCERN_OUTCOMES } from './vocabulary';

/** Fixed, so every run tries the same cases and CI cannot fail by chance; change it to explore others. */
const SEED = 20260101;

/** Allowed on an ended journey: records about the ended course, never a change of its stage. */
const ALLOWED_AFTER_END: JourneyCommandType[] = ['AssessConcern', 'RecordBridgeBuilding', 'RecordPostEndMeasurement', 'WithdrawConsent'];

/** A plausible command built from the current state, so random runs reach every stage. */
function commandFor(state: JourneyState, type: JourneyCommandType, choice: number, roleChoice: number): JourneyCommand {
  const rule = COMMAND_RULES[type];
  const role = roleChoice % 5 === 0 ? ROLES[roleChoice % ROLES.length] : rule.roles[roleChoice % rule.roles.length];
  const actor = { userId: `u-${role}`, role };
  const familyId = state.match?.familyId ?? state.proposal?.familyId ?? `family-${choice % 3}`;
  const pick = <T>(values: readonly T[]): T => values[choice % values.length];
  const notYetAccepted = state.proposal?.acceptedBy.includes('child') ? 'family' : 'child';
  const side = role === 'parent' ? 'child' : role === 'volunteer_family' ? 'family' : choice % 4 === 0 ? pick(['child', 'family'] as const) : notYetAccepted;
  switch (type) {
    case 'ReferChild':
      return { type, actor, journeyId: 'j-1', child: { ...eligibleChild, age: 3 + (choice % 13) } };
    case 'GiveConsent':
      return { type, actor, custodyHolders: ['Mother'] };
    case 'RefuseConsent':
      return { type, actor, refusedBy: pick(['child', 'custody_holders'] as const) };
    case 'WithdrawConsent':
      return { type, actor, withdrawnBy: 'custody_holders', reason: 'changed mind' };
    case 'RecordScreeningVisit':
      return { type, actor, baseline: scores(1 + (choice % 4)) };
    case 'ProposeMatch':
      return { type, actor, familyId: `family-${choice % 3}` };
    case 'AcceptMatch':
      return { type, actor, side };
    case 'DeclineMatch':
      return { type, actor, side, reason: 'no' };
    case 'ScheduleFriendshipMeeting':
      return { type, actor, scheduledFor: addDays(T0, choice, policy.dayLengthMs) };
    case 'RecordFriendshipMeetingHeld':
      return { type, actor, agreement: { weekday: 'friday', pickUp: 'school', return: 'home' } };
    case 'RecordFriendshipMeetingFailed':
      return { type, actor, reason: 'did not click' };
    case 'WriteLogbookEntry':
      return {
        type,
        actor,
        familyId,
        week: 1 + (choice % 60),
        visit: choice % 3 === 0 ? 'held' : 'cancelled',
        cancelledBy: pick(['family', 'child', 'parents'] as const),
        note: 'visit',
        concern: choice % 11 === 0,
      };
    case 'PauseVisits':
      return { type, actor, reason: pick(['holiday', 'illness'] as const) };
    case 'ResumeVisits':
    case 'ScreenLogbooks':
    case 'RecordGoodbye':
    case 'OfferRematch':
    case 'AcceptRematch':
    case 'DeclineRematch':
      return { type, actor };
    case 'RecordSupervision':
      return { type, actor, outcome: pick(['held', 'missed'] as const) };
    case 'RecordFollowUp':
      return { type, actor, with: side === 'child' ? 'child' : 'parents', outcome: 'held' };
    case 'RaiseConcern':
      return { type, actor, source: 'conversation', description: 'worried' };
    case 'AssessConcern':
      return { type, actor, concernId: `concern:${1 + (choice % 3)}`, outcome: pick(CONCERN_OUTCOMES), note: 'assessed' };
    case 'RecordOneYearReview':
      return { type, actor, after: scores(3), wishesToContinue: { child: true, parents: choice % 4 !== 0, family: true } };
    case 'RecordFutureAgreement':
      return { type, actor, form: 'monthly' };
    case 'RequestClosure':
      return { type, actor, reason: pick(CLOSURE_REASONS) };
    case 'RecordBridgeBuilding':
      return { type, actor, movedOnToOrganisedLeisure: choice % 2 === 0 };
    case 'RecordPostEndMeasurement':
      return { type, actor, measurement: choice % 2 === 0 ? scores(4) : null };
    case 'FamilyWithdrew':
      return { type, actor, familyId, reason: 'left' };
  }
}

const step = fc.record({
  typeChoice: fc.nat({ max: 1000 }),
  anyType: fc.boolean(),
  choice: fc.nat({ max: 1000 }),
  role: fc.nat({ max: 1000 }),
  // Mostly days, now and then months, so runs see both the weekly rhythm and the one-year review.
  advanceDays: fc.oneof(
    { arbitrary: fc.constant(0), weight: 2 },
    { arbitrary: fc.double({ min: 0, max: 14, noNaN: true }), weight: 8 },
    { arbitrary: fc.double({ min: 30, max: 200, noNaN: true }), weight: 1 },
  ),
  tick: fc.boolean(),
});

/** Commands that end a course or send it back; chosen less often so runs also live long enough to reach the review. */
const SETBACKS: JourneyCommandType[] = [
  'WithdrawConsent',
  'RefuseConsent',
  'RequestClosure',
  'FamilyWithdrew',
  'DeclineMatch',
  'RecordFriendshipMeetingFailed',
];

/** Mostly what the stage allows (so runs go deep), sometimes anything at all (so refusals are exercised too). */
function pickType(state: JourneyState, s: Step): JourneyCommandType {
  const allowed = allowedCommands(state);
  if (s.anyType && s.typeChoice % 3 === 0) return COMMAND_TYPES[s.typeChoice % COMMAND_TYPES.length];
  const preferred = s.typeChoice % 8 === 0 ? allowed : allowed.filter((type) => !SETBACKS.includes(type));
  const pool = preferred.length > 0 ? preferred : allowed.length > 0 ? allowed : COMMAND_TYPES;
  return pool[s.typeChoice % pool.length];
}

/** Runs start from a journey already in some stage (built by the happy path) so every stage gets its share of random steps. */
const STARTS: Array<[() => JourneyHarness, number]> = [
  [referred, 0],
  [screened, 5],
  [proposed, 6],
  [meetingScheduled, 8],
  [active, MEETING_DAY],
  [reviewed, MEETING_DAY + 365],
  [continuing, MEETING_DAY + 367],
  [closing, 40],
  [closed, 45],
  [lapsed, 60],
  [withdrawn, 20],
];

const run = fc.record({ start: fc.nat({ max: STARTS.length - 1 }), steps: fc.array(step, { minLength: 1, maxLength: 40 }) });
type Run = { start: number; steps: Step[] };

interface Step {
  typeChoice: number;
  anyType: boolean;
  choice: number;
  role: number;
  advanceDays: number;
  tick: boolean;
}
type StepCheck = (before: JourneyState, h: JourneyHarness, command: JourneyCommand, now: string, accepted: boolean) => void;

/** Drives a referred journey through random steps the way the workflow does, checking after each command. */
function play({ start, steps }: Run, check: StepCheck): JourneyHarness {
  const [build, startDay] = STARTS[start];
  const h = build();
  let now = day(startDay);
  for (const s of steps) {
    now = addDays(now, s.advanceDays, policy.dayLengthMs);
    if (s.tick) h.tick(now);
    const command = commandFor(h.state, pickType(h.state, s), s.choice, s.role);
    const before = h.state;
    const decision = decide(before, command, now);
    if (decision.accepted) h.apply(decision.events);
    check(before, h, command, now, decision.accepted);
  }
  return h;
}

describe('journey properties', () => {
  it('no command changes a closed, lapsed or withdrawn journey except the records allowed after the end', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(run, (r) => {
        play(r, (before, h, command, _now, accepted) => {
          reached.add(h.state.stage);
          if (!isFinalStage(before.stage) || !accepted) return;
          expect(ALLOWED_AFTER_END).toContain(command.type);
          expect(h.state.stage).toBe(before.stage);
        });
      }),
      // Awaiting consent is counted only when a step stays in it: 150 runs missed it in 6 of 400 seeds,
      // 600 runs in none of 200; the fixed seed makes the count the same on every run.
      { numRuns: 600, seed: SEED },
    );
    // The random runs must actually get there, or the property proves little.
    expect([...reached].sort()).toEqual(JOURNEY_STAGES.filter((stage) => stage !== 'referred').sort());
  });

  it('replaying the history (through JSON, as Temporal stores it) rebuilds the live state', () => {
    fc.assert(
      fc.property(run, (r) => {
        const h = play(r, () => undefined);
        const stored = JSON.parse(JSON.stringify(h.events));
        expect(replayJourney('j-1', policy, stored)).toEqual(h.state);
        expect(JSON.parse(JSON.stringify(h.state))).toEqual(h.state);
      }),
      { numRuns: 150, seed: SEED },
    );
  });

  it('the cancellations counted equal the cancelled visits in the logbook', () => {
    fc.assert(
      fc.property(run, (r) => {
        const h = play(r, () => undefined);
        const fromLogbook = h.state.logbook
          .filter((entry) => entry.visit === 'cancelled')
          .map((entry) => ({ matchNumber: entry.matchNumber, week: entry.week, cancelledBy: entry.cancelledBy }));
        expect(h.state.cancellations).toEqual(fromLogbook);
      }),
      { numRuns: 150, seed: SEED },
    );
  });

  it('after time is applied nothing is left due, reminders fire once, and task ids are unique', () => {
    fc.assert(
      fc.property(run, (r) => {
        play(r, (_before, h, _command, now) => {
          h.tick(now);
          const wakeUp = nextWakeUp(h.state);
          if (wakeUp !== null) expect(Date.parse(wakeUp)).toBeGreaterThan(Date.parse(now));
          expect(new Set(h.state.firedReminders).size).toBe(h.state.firedReminders.length);
          expect(new Set(h.state.tasks.map((t) => t.taskId)).size).toBe(h.state.tasks.length);
        });
      }),
      { numRuns: 100, seed: SEED },
    );
  });

  it('decide never throws, whatever the command holds', () => {
    const states = [new JourneyHarness().state, referred().state, active().state, closing().state, closed().state];
    fc.assert(
      fc.property(
        fc.constantFrom(...COMMAND_TYPES),
        fc.dictionary(fc.string({ maxLength: 12 }), fc.anything()),
        fc.option(fc.constantFrom(...ROLES), { nil: undefined }),
        fc.constantFrom(T0, 'not a time'),
        (type, fields, role, now) => {
          for (const state of states) {
            const command = { ...fields, type, actor: role === undefined ? fields.actor : { userId: 'x', role } } as unknown as JourneyCommand;
            expect(() => decide(state, command, now)).not.toThrow();
          }
        },
      ),
      { numRuns: 500, seed: SEED },
    );
  });
});
