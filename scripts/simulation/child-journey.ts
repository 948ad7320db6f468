import { ELIGIBLE_LEGAL_BASES, WEEKDAYS, WELLBEING_DIMENSIONS } from '@venskab/domain/journey';
import type { Actor, ClosureReason, JourneyCommand, JourneyPolicy, WellbeingMeasurement } from '@venskab/domain/journey';
import { FAMILY_SIDE_CLOSURE_REASONS } from '@venskab/domain/journey/vocabulary';
import { followUpDueAt, supervisionDueAt, supervisionSessionCount } from '@venskab/domain/journey/first-year-plan';
import type { JourneyWorkflowInput } from '@venskab/contracts';
import type { Random } from './prng';
import { SIMULATION_RATES as R } from './rates';
import { JourneyRun } from './journey-run';

/** Who acts on a simulated child's journey. */
export interface ChildCast {
  programme: string;
  caseworker: Actor;
  caseworkerUnit: string;
  coordinator: Actor;
  /** The next family free to take a child (a synthetic pool: families are not simulated here). */
  nextFamilyId(): string;
}

export interface SimulatedJourney {
  input: JourneyWorkflowInput;
  run: JourneyRun;
}

const SYSTEM: Actor = { userId: 'system', role: 'system' };
const familyActor = (familyId: string): Actor => ({ userId: `${familyId}-adult`, role: 'volunteer_family' });

/**
 * One child's journey from the referral on, as people act on it at the rates of SIMULATION_RATES,
 * decided step by step by the domain (JourneyRun). Stops at the simulation's end, wherever it is.
 */
export function simulateChildJourney(random: Random, journeyId: string, referredAtMs: number, endMs: number, policy: JourneyPolicy, cast: ChildCast): SimulatedJourney {
  const run = new JourneyRun(journeyId, policy, endMs);
  const day = policy.dayLengthMs;
  const parent: Actor = { userId: `parent-${journeyId}`, role: 'parent' };
  const referral: JourneyCommand & { type: 'ReferChild' } = {
    type: 'ReferChild',
    actor: cast.caseworker,
    journeyId,
    child: {
      age: random.integer(policy.childAgeMin, policy.childAgeMax),
      situation: 'Bor med sin mor, lille netværk',
      needs: 'Stabile voksne',
      interests: [random.weighted({ fodbold: 1, tegning: 1, dyr: 1, musik: 1, svømning: 1 })],
      legalBasis: random.weighted(Object.fromEntries(ELIGIBLE_LEGAL_BASES.map((basis) => [basis, 1])) as Record<string, number>),
      exclusionCriteriaConfirmedAbsent: true,
      caseworkerUnit: cast.caseworkerUnit,
    },
  };
  const input: JourneyWorkflowInput = { journeyId, programme: cast.programme, childLabel: childLabel(random), policy, referral };
  const journey = { input, run };
  if (!run.act(referredAtMs, referral)) return journey;

  // Consent, or a no, or silence until the referral lapses.
  const answer = random.weighted({ given: R.consentGiven.value, refused: R.consentRefused.value, none: 1 - R.consentGiven.value - R.consentRefused.value });
  if (answer === 'none') return finished(journey);
  let t = referredAtMs + Math.min(random.exponential(R.consentDaysMean.value), policy.consentLapseDays - 1) * day;
  if (answer === 'refused') {
    run.act(t, { type: 'RefuseConsent', actor: cast.caseworker, refusedBy: random.chance(0.8) ? 'custody_holders' : 'child' });
    return finished(journey);
  }
  if (!run.act(t, { type: 'GiveConsent', actor: cast.caseworker, custodyHolders: ['Mor'] })) return finished(journey);

  t += random.between(R.screeningDaysMin.value, R.screeningDaysMax.value) * day;
  const baseline = measurement(random, 1, 3);
  if (!run.act(t, { type: 'RecordScreeningVisit', actor: cast.coordinator, baseline })) return finished(journey);
  const specialNeeds = random.chance(R.specialNeeds.value);
  if (random.chance(R.endedBeforeMatch.value)) {
    const endAt = t + random.exponential(R.waitDaysMean.value) * day;
    run.act(endAt, { type: 'RequestClosure', actor: cast.caseworker, reason: random.chance(0.5) ? 'parents_stopped' : 'child_said_no' });
    return finished(journey);
  }

  // Courses: a family is found, they meet, the visits run; a family that ends the course early may lead to a new one.
  for (;;) {
    const meetingAt = findFamily(random, run, t, specialNeeds, cast, parent);
    if (meetingAt === null) return finished(journey);
    const next = visitAndEnd(random, run, meetingAt, baseline, cast, parent);
    if (next === null) return finished(journey);
    t = next;
  }
}

/** Proposals until one leads to a friendship meeting; the meeting's time, or null when the simulation ended first. */
function findFamily(random: Random, run: JourneyRun, readyAtMs: number, specialNeeds: boolean, cast: ChildCast, parent: Actor): number | null {
  const day = run.state.policy.dayLengthMs;
  let t = readyAtMs + random.exponential(specialNeeds ? R.waitDaysMeanSpecialNeeds.value : R.waitDaysMean.value) * day;
  for (;;) {
    const familyId = cast.nextFamilyId();
    const family = familyActor(familyId);
    if (!run.act(t, { type: 'ProposeMatch', actor: cast.coordinator, familyId })) return null;
    t += random.between(0.5, 5) * day;
    if (random.chance(R.proposalDeclined.value)) {
      const side = random.chance(0.5) ? 'child' : 'family';
      if (!run.act(t, { type: 'DeclineMatch', actor: side === 'child' ? parent : family, side, reason: 'Passer ikke sammen' })) return null;
      t += random.exponential(R.waitDaysMean.value / 2) * day;
      continue;
    }
    if (!run.act(t, { type: 'AcceptMatch', actor: parent, side: 'child' })) return null;
    t += random.between(0.1, 3) * day;
    if (!run.act(t, { type: 'AcceptMatch', actor: family, side: 'family' })) return null;
    t += random.between(0.2, 2) * day;
    const scheduledFor = t + random.between(R.meetingDaysAfterMatch.value.min, R.meetingDaysAfterMatch.value.max) * day;
    if (!run.act(t, { type: 'ScheduleFriendshipMeeting', actor: cast.coordinator, scheduledFor: new Date(scheduledFor).toISOString() })) return null;
    if (random.chance(R.familyWithdrewBeforeMeeting.value)) {
      t = (t + scheduledFor) / 2;
      if (!run.act(t, { type: 'FamilyWithdrew', actor: SYSTEM, familyId, reason: 'Familien trak sig' })) return null;
      t += random.exponential(R.waitDaysMean.value) * day;
      continue;
    }
    t = scheduledFor;
    if (random.chance(R.meetingFailed.value)) {
      if (!run.act(t, { type: 'RecordFriendshipMeetingFailed', actor: cast.coordinator, reason: 'Det klikkede ikke' })) return null;
      t += random.exponential(R.waitDaysMean.value) * day;
      continue;
    }
    const agreement = { weekday: WEEKDAYS[random.integer(0, 4)], pickUp: 'Skolen 14:00', return: 'Hjemme 19:00' };
    return run.act(t, { type: 'RecordFriendshipMeetingHeld', actor: cast.coordinator, agreement }) ? t : null;
  }
}

/** Something to do at a moment of the visit year, decided when it is done (null: nothing to do by then). */
interface Intent {
  atMs: number;
  command: () => JourneyCommand | null;
}

/**
 * The visit year after a friendship meeting and how the course ends. Answers the moment the child
 * is ready for a new family (an accepted rematch), or null when the journey is over or the simulation ended.
 */
function visitAndEnd(random: Random, run: JourneyRun, meetingAtMs: number, baseline: WellbeingMeasurement, cast: ChildCast, parent: Actor): number | null {
  const policy = run.state.policy;
  const day = policy.dayLengthMs;
  const week = policy.visitIntervalDays * day;
  const familyId = run.state.match?.familyId as string;
  const family = familyActor(familyId);
  const meeting = new Date(meetingAtMs).toISOString();
  const lasts = random.chance(R.lastsAYear.value);
  const reviewAt = meetingAtMs + random.between(R.reviewDaysAfterMeeting.value.min, R.reviewDaysAfterMeeting.value.max) * day;
  const courseEnd = lasts ? reviewAt : meetingAtMs + random.between(14, policy.reviewAtDays - 15) * day;

  const intents: Intent[] = [];
  const pauses = planPauses(random, meetingAtMs, courseEnd, week);
  for (const pause of pauses) {
    intents.push({ atMs: pause.from, command: () => ({ type: 'PauseVisits', actor: family, reason: random.chance(0.7) ? 'holiday' : 'illness' }) });
    intents.push({ atMs: pause.until, command: () => ({ type: 'ResumeVisits', actor: family }) });
  }
  for (let n = 1; meetingAtMs + n * week < courseEnd; n++) {
    const weekStart = meetingAtMs + (n - 1) * week;
    const weekEnd = weekStart + week;
    if (!pauses.some((pause) => pause.from < weekEnd && pause.until >= weekStart)) {
      const late = random.chance(R.logbookLate.value);
      const writtenAt = late
        ? weekEnd + (policy.logbookGraceDays + random.between(0.1, 4)) * day
        : weekStart + random.between(0, 4) * day + random.between(R.logbookDaysAfterVisit.value.min, R.logbookDaysAfterVisit.value.max) * day;
      const cancelled = random.chance(R.visitCancelled.value);
      const concern = random.chance(R.concernPerLogbookEntry.value);
      intents.push({
        atMs: Math.max(writtenAt, weekStart + 1),
        command: () => ({
          type: 'WriteLogbookEntry',
          actor: family,
          familyId,
          week: n,
          visit: cancelled ? 'cancelled' : 'held',
          ...(cancelled ? { cancelledBy: random.weighted(R.cancelledBy.value) } : {}),
          note: cancelled ? 'Aflyst' : 'God eftermiddag',
          concern,
        }),
      });
      if (concern) intents.push(assessment(random, run, Math.max(writtenAt, weekStart + 1), courseEnd, cast));
    }
    const screenDue = meetingAtMs + n * week;
    const screenedAt = random.chance(R.screeningLate.value) ? screenDue + random.between(0.1, 3) * day : screenDue - random.between(0.05, 2) * day;
    intents.push({ atMs: screenedAt, command: () => ({ type: 'ScreenLogbooks', actor: cast.coordinator }) });
  }
  for (let session = 1; session <= supervisionSessionCount(policy); session++) {
    const due = Date.parse(supervisionDueAt(policy, meeting, session));
    const outcome = random.chance(R.supervisionHeld.value) ? 'held' : 'missed';
    intents.push({ atMs: due + random.between(-5, 2) * day, command: () => ({ type: 'RecordSupervision', actor: cast.coordinator, outcome, session }) });
  }
  policy.followUpDays.forEach((_, index) => {
    const due = Date.parse(followUpDueAt(policy, meeting, index + 1));
    for (const withWhom of ['child', 'parents'] as const) {
      const outcome = random.chance(R.followUpHeld.value) ? 'held' : 'missed';
      const at = due + random.between(R.followUpDaysLate.value.min, R.followUpDaysLate.value.max) * day;
      intents.push({ atMs: at, command: () => ({ type: 'RecordFollowUp', actor: cast.coordinator, with: withWhom, outcome, round: index + 1 }) });
    }
  });
  if (random.chance(R.concernFromConversation.value)) {
    const raisedAt = random.between(meetingAtMs + day, courseEnd);
    intents.push({ atMs: raisedAt, command: () => ({ type: 'RaiseConcern', actor: cast.coordinator, source: 'conversation', description: 'Bekymring fra en samtale' }) });
    intents.push(assessment(random, run, raisedAt, courseEnd, cast));
  }
  intents.sort((a, b) => a.atMs - b.atMs);
  for (const intent of intents) {
    if (intent.atMs > courseEnd) continue;
    const command = intent.command();
    if (command === null) continue;
    run.act(intent.atMs, command);
  }
  return lasts ? review(random, run, reviewAt, baseline, cast) : endEarly(random, run, courseEnd, cast, parent);
}

/**
 * The coordinator assesses the concern raised at `raisedAtMs` (the oldest open one then: concerns are
 * assessed in turn), at the latest when the course ends, so the ending comes after it.
 */
function assessment(random: Random, run: JourneyRun, raisedAtMs: number, courseEndMs: number, cast: ChildCast): Intent {
  const hours = random.between(R.concernAssessHours.value.min, R.concernAssessHours.value.max);
  const outcome = random.weighted(R.concernOutcome.value);
  return {
    atMs: Math.min(raisedAtMs + hours * 3_600_000, courseEndMs),
    command: () => {
      const open = run.state.concerns.find((concern) => concern.status === 'open');
      return open ? { type: 'AssessConcern', actor: cast.coordinator, concernId: open.concernId, outcome, note: 'Vurderet' } : null;
    },
  };
}

function planPauses(random: Random, fromMs: number, toMs: number, week: number): Array<{ from: number; until: number }> {
  const count = Math.floor(random.exponential(R.pausesPerYear.value));
  const pauses: Array<{ from: number; until: number }> = [];
  for (let i = 0; i < count; i++) {
    const from = random.between(fromMs + 2 * week, toMs - 4 * week);
    const until = from + random.integer(R.pauseWeeks.value.min, R.pauseWeeks.value.max) * week;
    if (from < toMs - 4 * week && !pauses.some((pause) => pause.from < until + week && pause.until + week > from)) pauses.push({ from, until });
  }
  return pauses;
}

/** The one-year review, then a future agreement when everyone wishes to go on, or a closure with a goodbye. */
function review(random: Random, run: JourneyRun, reviewAtMs: number, baseline: WellbeingMeasurement, cast: ChildCast): null {
  const day = run.state.policy.dayLengthMs;
  const everyone = random.chance(R.wishToContinue.value);
  const sayingNo = random.weighted({ child: 1, parents: 1, family: 1 });
  const wishesToContinue = { child: everyone || sayingNo !== 'child', parents: everyone || sayingNo !== 'parents', family: everyone || sayingNo !== 'family' };
  const after = random.chance(R.wellbeingRose.value) ? higher(random, baseline) : notHigher(random, baseline);
  if (!run.act(reviewAtMs, { type: 'RecordOneYearReview', actor: cast.coordinator, after, wishesToContinue })) return null;
  const t = reviewAtMs + random.between(R.futureAgreementDays.value.min, R.futureAgreementDays.value.max) * day;
  if (everyone) {
    if (!run.act(t, { type: 'RecordFutureAgreement', actor: cast.coordinator, form: 'Hver anden uge' })) return null;
    afterCare(random, run, t, cast);
    return null;
  }
  if (!run.act(t, { type: 'RequestClosure', actor: cast.coordinator, reason: 'programme_completed' })) return null;
  goodbye(random, run, t, cast);
  return null;
}

/** A course that ends before the year: consent withdrawn, or a closure; a family-side closure offers a new family. */
function endEarly(random: Random, run: JourneyRun, atMs: number, cast: ChildCast, parent: Actor): number | null {
  const day = run.state.policy.dayLengthMs;
  if (random.chance(R.consentWithdrawnDuringCourse.value)) {
    run.act(atMs, { type: 'WithdrawConsent', actor: cast.caseworker, withdrawnBy: 'custody_holders', reason: 'Forældrene ønsker det ikke længere' });
    return null;
  }
  const reason: ClosureReason = random.weighted(R.earlyClosureReason.value);
  if (!run.act(atMs, { type: 'RequestClosure', actor: cast.coordinator, reason })) return null;
  if (!FAMILY_SIDE_CLOSURE_REASONS.includes(reason)) {
    goodbye(random, run, atMs, cast);
    return null;
  }
  let t = atMs + random.between(0.5, 4) * day;
  if (!run.act(t, { type: 'OfferRematch', actor: cast.coordinator })) return null;
  t += random.between(0.5, 7) * day;
  if (random.chance(R.rematchAccepted.value)) return run.act(t, { type: 'AcceptRematch', actor: parent }) ? t : null;
  if (!run.act(t, { type: 'DeclineRematch', actor: parent })) return null;
  goodbye(random, run, t, cast);
  return null;
}

function goodbye(random: Random, run: JourneyRun, closedAtMs: number, cast: ChildCast): void {
  const t = closedAtMs + random.between(R.goodbyeDays.value.min, R.goodbyeDays.value.max) * run.state.policy.dayLengthMs;
  if (run.act(t, { type: 'RecordGoodbye', actor: cast.coordinator })) afterCare(random, run, t, cast);
}

/** Bridge-building around the end, and the measurement six months later (recorded, declined, or left to expire). */
function afterCare(random: Random, run: JourneyRun, endedAtMs: number, cast: ChildCast): void {
  const day = run.state.policy.dayLengthMs;
  if (random.chance(R.bridgeBuildingRecorded.value)) {
    run.act(endedAtMs + random.between(0, 10) * day, { type: 'RecordBridgeBuilding', actor: cast.coordinator, movedOnToOrganisedLeisure: random.chance(R.movedOnToOrganisedLeisure.value) });
  }
  const dueAt = run.state.postEndMeasurement?.dueAt;
  if (!dueAt) return;
  const outcome = random.weighted(R.postEndMeasurement.value);
  if (outcome === 'expires') return;
  const at = Date.parse(dueAt) + random.between(R.postEndDaysAfterDue.value.min, R.postEndDaysAfterDue.value.max) * day;
  run.act(at, { type: 'RecordPostEndMeasurement', actor: cast.coordinator, measurement: outcome === 'recorded' ? measurement(random, 1, 4) : null });
}

function finished(journey: SimulatedJourney): SimulatedJourney {
  journey.run.finish();
  return journey;
}

function measurement(random: Random, min: number, max: number): WellbeingMeasurement {
  return Object.fromEntries(WELLBEING_DIMENSIONS.map((dimension) => [dimension, random.integer(min, max)])) as WellbeingMeasurement;
}

/** One to three dimensions a step up: the mean rises (the baseline is at most 3 everywhere). */
function higher(random: Random, baseline: WellbeingMeasurement): WellbeingMeasurement {
  const after = { ...baseline };
  for (let i = random.integer(1, 3); i > 0; i--) {
    const dimension = WELLBEING_DIMENSIONS[random.integer(0, WELLBEING_DIMENSIONS.length - 1)];
    after[dimension] = Math.min(4, after[dimension] + 1);
  }
  return after;
}

/** The same, or one dimension a step down: the mean does not rise. */
function notHigher(random: Random, baseline: WellbeingMeasurement): WellbeingMeasurement {
  const dimension = WELLBEING_DIMENSIONS[random.integer(0, WELLBEING_DIMENSIONS.length - 1)];
  return random.chance(0.5) ? { ...baseline } : { ...baseline, [dimension]: Math.max(1, baseline[dimension] - 1) };
}

const LETTERS = 'ABDEFHIJKLMNOPRSTV';
function childLabel(random: Random): string {
  const letter = (): string => LETTERS[random.integer(0, LETTERS.length - 1)];
  return `${letter()}.${letter()}.`;
}
