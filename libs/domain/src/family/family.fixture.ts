import { Actor, Instant, addDays } from '../shared';
import { DEFAULT_FAMILY_POLICY, FamilyPolicy } from '../policy/family-policy';
import { FamilyCommand, RecordHomeVisit } from './family-commands';
import { FamilyEvent } from './family-events';
import { FamilyState, initialFamilyState } from './family-state';
import { decide } from './decide';
import { evolve } from './evolve';

/** Shared by the family and matching specs: a realistic family built through its real commands. */
export const START: Instant = '2025-01-06T09:00:00.000Z';
export const DAY_MS = DEFAULT_FAMILY_POLICY.dayLengthMs;
export const coordinator: Actor = { userId: 'coordinator-1', role: 'coordinator' };
export const volunteer: Actor = { userId: 'family-user-1', role: 'volunteer_family' };
export const journeySystem: Actor = { userId: 'system', role: 'system' };

export function day(n: number): Instant {
  return addDays(START, n, DAY_MS);
}

export function homeVisit(overrides: Partial<RecordHomeVisit> = {}): RecordHomeVisit {
  return {
    type: 'RecordHomeVisit',
    actor: coordinator,
    motivation: 'We have room for one more at our table.',
    expectations: 'A steady weekly afternoon.',
    adults: [
      { adultId: 'a1', name: 'Anna Hansen' },
      { adultId: 'a2', name: 'Bo Hansen' },
    ],
    ownChildren: [{ age: 7 }, { age: 10 }],
    pets: ['dog'],
    homeDistrict: 'Valby',
    home: { lat: 55.6611, lon: 12.5161 },
    weekdaysAvailable: ['tuesday', 'thursday'],
    capacity: 1,
    needsAbleToMeet: ['anxiety', 'language_support'],
    interests: ['football', 'baking'],
    ...overrides,
  };
}

/** Applies commands in order, failing loudly on a refusal: for arranging a test, not for asserting. */
export function given(
  commands: [FamilyCommand, Instant][],
  state: FamilyState = initialFamilyState('family-1', DEFAULT_FAMILY_POLICY),
): { state: FamilyState; events: FamilyEvent[] } {
  const events: FamilyEvent[] = [];
  for (const [command, at] of commands) {
    const decision = decide(state, command, at);
    if (!decision.accepted) throw new Error(`${command.type} refused: ${decision.refusal.code}`);
    events.push(...decision.events);
    state = decision.events.reduce(evolve, state);
  }
  return { state, events };
}

/** The recruitment path up to approval on day 10. */
export function recruitmentCommands(visit: RecordHomeVisit = homeVisit()): [FamilyCommand, Instant][] {
  return [
    [
      {
        type: 'ApplyAsFamily',
        actor: volunteer,
        contact: { displayName: 'Familien Hansen', email: 'hansen@example.dk', phone: null },
      },
      day(0),
    ],
    [visit, day(3)],
    ...visit.adults.map(
      (adult): [FamilyCommand, Instant] => [
        { type: 'RecordChildCertificate', actor: coordinator, adultId: adult.adultId, issuedOn: day(4) },
        day(5),
      ],
    ),
    [{ type: 'CompleteTraining', actor: coordinator }, day(8)],
    [{ type: 'Approve', actor: coordinator }, day(10)],
  ];
}

export function approvedFamily(
  visit: RecordHomeVisit = homeVisit(),
  familyId = 'family-1',
  policy: FamilyPolicy = DEFAULT_FAMILY_POLICY,
): FamilyState {
  return given(recruitmentCommands(visit), initialFamilyState(familyId, policy)).state;
}
