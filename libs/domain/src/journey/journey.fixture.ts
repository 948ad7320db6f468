import { Actor } from '../shared/actor';
import { addDays, Instant } from '../shared/time';
import { DEFAULT_JOURNEY_POLICY, JourneyPolicy } from '../policy/journey-policy';
import { JourneyCommand } from './commands';
import { decide } from './decide';
import { JourneyEvent } from './events';
import { evolve } from './evolve';
import { initialJourneyState, JourneyState } from './state';
import { eventsDueByTime } from './timers';
import { ChildDescription } from './vocabulary';
import { WellbeingMeasurement } from './wellbeing';

export const T0: Instant = '2025-01-06T09:00:00.000Z';
export const policy: JourneyPolicy = DEFAULT_JOURNEY_POLICY;
export const day = (n: number): Instant => addDays(T0, n, policy.dayLengthMs);

export const caseworker: Actor = { userId: 'cw-1', role: 'caseworker' };
export const coordinator: Actor = { userId: 'co-1', role: 'coordinator' };
export const family: Actor = { userId: 'fam-user-1', role: 'volunteer_family' };
export const parent: Actor = { userId: 'parent-1', role: 'parent' };
export const system: Actor = { userId: 'system', role: 'system' };
export const auditor: Actor = { userId: 'aud-1', role: 'auditor' };

export const FAMILY_ID = 'family-1';

export const eligibleChild: ChildDescription = {
  age: 8,
  situation: 'Lives with mother, little network',
  needs: 'Stable adults, homework help',
  interests: ['football', 'drawing'],
  legalBasis: 'barnets-lov-32',
  exclusionCriteriaConfirmedAbsent: true,
  caseworkerUnit: 'BBU Nord',
};

export const scores = (score: number): WellbeingMeasurement => ({
  psychological: score,
  relational: score,
  socialCompetences: score,
  coping: score,
  selfPerception: score,
  school: score,
});

/** A journey driven through decide/evolve the way the workflow does, keeping its history. */
export class JourneyHarness {
  state: JourneyState;
  readonly events: JourneyEvent[] = [];

  constructor(journeyId = 'j-1', journeyPolicy: JourneyPolicy = policy) {
    this.state = initialJourneyState(journeyId, journeyPolicy);
  }

  /** Applies an accepted command; fails the test with the refusal otherwise. */
  do(command: JourneyCommand, at: Instant): JourneyEvent[] {
    const decision = decide(this.state, command, at);
    if (!decision.accepted) throw new Error(`${command.type} refused: ${decision.refusal.code} – ${decision.refusal.message}`);
    this.apply(decision.events);
    return decision.events;
  }

  tick(at: Instant): JourneyEvent[] {
    const events = eventsDueByTime(this.state, at);
    this.apply(events);
    return events;
  }

  apply(events: JourneyEvent[]): void {
    for (const event of events) {
      this.state = evolve(this.state, event);
      this.events.push(event);
    }
  }
}

/** The happy path, one step per stage, at fixed days: the friendship meeting is held on day 10. */
export const MEETING_DAY = 10;

export function referred(h = new JourneyHarness()): JourneyHarness {
  h.do({ type: 'ReferChild', actor: caseworker, journeyId: h.state.journeyId, child: eligibleChild }, day(0));
  return h;
}

export function consented(h = referred()): JourneyHarness {
  h.do({ type: 'GiveConsent', actor: caseworker, custodyHolders: ['Mother'] }, day(2));
  return h;
}

export function screened(h = consented()): JourneyHarness {
  h.do({ type: 'RecordScreeningVisit', actor: coordinator, baseline: scores(2) }, day(5));
  return h;
}

export function proposed(h = screened(), familyId = FAMILY_ID): JourneyHarness {
  h.do({ type: 'ProposeMatch', actor: coordinator, familyId }, day(6));
  return h;
}

export function matched(h = proposed()): JourneyHarness {
  h.do({ type: 'AcceptMatch', actor: parent, side: 'child' }, day(7));
  h.do({ type: 'AcceptMatch', actor: family, side: 'family' }, day(7));
  return h;
}

export function meetingScheduled(h = matched()): JourneyHarness {
  h.do({ type: 'ScheduleFriendshipMeeting', actor: coordinator, scheduledFor: day(MEETING_DAY) }, day(8));
  return h;
}

export function active(h = meetingScheduled()): JourneyHarness {
  h.do(
    { type: 'RecordFriendshipMeetingHeld', actor: coordinator, agreement: { weekday: 'wednesday', pickUp: 'school 14:00', return: 'home 19:00' } },
    day(MEETING_DAY),
  );
  return h;
}

export function reviewed(h = active(), wishes = { child: true, parents: true, family: true }): JourneyHarness {
  h.do({ type: 'RecordOneYearReview', actor: coordinator, after: scores(3), wishesToContinue: wishes }, day(MEETING_DAY + 365));
  return h;
}

export function continuing(h = reviewed()): JourneyHarness {
  h.do({ type: 'RecordFutureAgreement', actor: coordinator, form: 'Every second week' }, day(MEETING_DAY + 367));
  return h;
}

export function closing(h = active(), reason: JourneyCommand & { type: 'RequestClosure' } = { type: 'RequestClosure', actor: coordinator, reason: 'family_ended_course' }): JourneyHarness {
  h.do(reason, day(40));
  return h;
}

/** By default a closure the child's side asked for, which offers no new family, so the goodbye may follow at once. */
export function closed(h = closing(active(), { type: 'RequestClosure', actor: coordinator, reason: 'relationship_did_not_take' })): JourneyHarness {
  h.do({ type: 'RecordGoodbye', actor: coordinator }, day(45));
  return h;
}

export function lapsed(h = referred()): JourneyHarness {
  h.tick(day(policy.consentLapseDays));
  return h;
}

export function withdrawn(h = active()): JourneyHarness {
  h.do({ type: 'WithdrawConsent', actor: caseworker, withdrawnBy: 'custody_holders', reason: 'Mother no longer wants it' }, day(20));
  return h;
}
