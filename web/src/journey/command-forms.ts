import { homeAtPlace, JOURNEY_LIMITS } from '../domain';
import type { JourneyCommandType } from '../domain';
import { OPTION_SETS, OptionSet } from '../option-sets';

/**
 * What each action asks for, so one form renders them all. `name` is the field's path in the
 * command's body (dots nest); labels come from `field.<name>` and options from `option.<set>.<value>`.
 * The limits are the domain's (JOURNEY_LIMITS, FAMILY_LIMITS), which the API's DTOs check too, so the
 * form can say what is wrong before sending (see field-problems.ts); the server still judges.
 */
export type FieldSpec = FieldKind & {
  /**
   * Fields of one group are sent all or none: left all empty, the group is not sent and not checked
   * (an optional part of a command, such as the child's home at the screening visit).
   */
  group?: string;
};

type FieldKind =
  | { name: string; kind: 'text' | 'textarea'; optional?: boolean; maxLength?: number }
  | { name: string; kind: 'datetime' }
  /** Items separated by commas or lines, as an array of strings. */
  | { name: string; kind: 'list'; minItems?: number; maxItems: number; maxLength: number }
  | { name: string; kind: 'number'; min: number; max: number; wholeNumber?: boolean }
  | { name: string; kind: 'select'; optionSet: OptionSet; optional?: boolean }
  | { name: string; kind: 'checkbox' }
  | { name: string; kind: 'measurement' }
  | { name: string; kind: 'openConcern' }
  /** Several of a fixed list, as an array of codes. */
  | { name: string; kind: 'multi'; optionSet: OptionSet; minItems?: number }
  /** A calendar day, sent as that day's midnight UTC. */
  | { name: string; kind: 'date'; notInFuture?: boolean }
  /** One of a list the page hands the form (e.g. the household's adults). */
  | { name: string; kind: 'choice'; source: string }
  /** One person per line: [{ adultId: "a1", name }, …]. */
  | { name: string; kind: 'adults'; minItems?: number; maxItems: number; maxLength: number }
  /** Ages separated by commas: [{ age }, …], each a whole number from min to max. */
  | { name: string; kind: 'ages'; minItems?: number; maxItems: number; min: number; max: number }
  /**
   * A home chosen from the domain's place table (its code is the value): sent as the place's
   * coordinates with its code at `homeAt`, and the place in words at `districtAt`. Nobody types a coordinate.
   */
  | { name: string; kind: 'place'; homeAt: string; districtAt: string }
  /** Not shown: a fresh id per send (so a retried note is recognised). */
  | { name: string; kind: 'generatedId' };

/** The words a select or multi field offers. */
export function optionsOf(field: { optionSet: OptionSet }): readonly string[] {
  return OPTION_SETS[field.optionSet];
}

const { note, concernText, reason, arrangement, custodyHolders } = JOURNEY_LIMITS;
const optionalNote: FieldSpec = { name: 'note', kind: 'textarea', optional: true, maxLength: note.maxLength };
const reasonField: FieldSpec = { name: 'reason', kind: 'textarea', maxLength: reason.maxLength };
const experience = (name: string): FieldSpec => ({ name, kind: 'textarea', optional: true, maxLength: note.maxLength });

export const COMMAND_FORMS: Partial<Record<JourneyCommandType, FieldSpec[]>> = {
  GiveConsent: [
    { name: 'custodyHolders', kind: 'list', minItems: custodyHolders.minItems, maxItems: custodyHolders.maxItems, maxLength: custodyHolders.items.maxLength },
    optionalNote,
  ],
  RefuseConsent: [{ name: 'refusedBy', kind: 'select', optionSet: 'consentParty' }, optionalNote],
  WithdrawConsent: [{ name: 'withdrawnBy', kind: 'select', optionSet: 'consentParty' }, reasonField],
  RecordScreeningVisit: [
    { name: 'baseline', kind: 'measurement' },
    { name: 'matchingProfile.place', kind: 'place', homeAt: 'matchingProfile.home', districtAt: 'matchingProfile.homeDistrict', group: 'childHome' },
    { name: 'matchingProfile.weekdaysPossible', kind: 'multi', optionSet: 'weekday', minItems: JOURNEY_LIMITS.weekdaysPossible.minItems, group: 'childHome' },
    { name: 'matchingProfile.needs', kind: 'multi', optionSet: 'need', group: 'childHome' },
    optionalNote,
  ],
  ProposeMatch: [{ name: 'familyId', kind: 'text' }, optionalNote],
  AcceptMatch: [{ name: 'side', kind: 'select', optionSet: 'side' }],
  DeclineMatch: [{ name: 'side', kind: 'select', optionSet: 'side' }, reasonField],
  ScheduleFriendshipMeeting: [{ name: 'scheduledFor', kind: 'datetime' }],
  RecordFriendshipMeetingHeld: [
    { name: 'agreement.weekday', kind: 'select', optionSet: 'weekday' },
    { name: 'agreement.pickUp', kind: 'text', maxLength: arrangement.maxLength },
    { name: 'agreement.return', kind: 'text', maxLength: arrangement.maxLength },
    optionalNote,
  ],
  RecordFriendshipMeetingFailed: [reasonField],
  PauseVisits: [{ name: 'reason', kind: 'select', optionSet: 'pauseReason' }, optionalNote],
  ResumeVisits: [optionalNote],
  ScreenLogbooks: [optionalNote],
  RecordSupervision: [{ name: 'outcome', kind: 'select', optionSet: 'sessionOutcome' }, optionalNote],
  RecordFollowUp: [
    { name: 'with', kind: 'select', optionSet: 'followUpWith' },
    { name: 'outcome', kind: 'select', optionSet: 'sessionOutcome' },
    optionalNote,
  ],
  RaiseConcern: [
    { name: 'source', kind: 'select', optionSet: 'concernSource' },
    { name: 'description', kind: 'textarea', maxLength: concernText.maxLength },
  ],
  AssessConcern: [
    { name: 'concernId', kind: 'openConcern' },
    { name: 'outcome', kind: 'select', optionSet: 'concernOutcome' },
    { name: 'note', kind: 'textarea', maxLength: concernText.maxLength },
  ],
  RecordOneYearReview: [
    { name: 'after', kind: 'measurement' },
    { name: 'wishesToContinue.child', kind: 'checkbox' },
    { name: 'wishesToContinue.parents', kind: 'checkbox' },
    { name: 'wishesToContinue.family', kind: 'checkbox' },
    experience('experiences.child'),
    experience('experiences.parents'),
    experience('experiences.family'),
  ],
  RecordFutureAgreement: [{ name: 'form', kind: 'text', maxLength: reason.maxLength }, optionalNote],
  RequestClosure: [{ name: 'reason', kind: 'select', optionSet: 'closureReason' }, optionalNote],
  RecordGoodbye: [optionalNote],
  OfferRematch: [optionalNote],
  AcceptRematch: [optionalNote],
  DeclineRematch: [optionalNote],
  RecordBridgeBuilding: [
    { name: 'movedOnToOrganisedLeisure', kind: 'checkbox' },
    { name: 'activity', kind: 'text', optional: true, maxLength: JOURNEY_LIMITS.activity.maxLength },
  ],
  RecordPostEndMeasurement: [{ name: 'measurement', kind: 'measurement' }, optionalNote],
};

/** The logbook has its own page for families (mobile, drafts); the referral starts a journey. */
export const ACTIONS_ELSEWHERE: readonly JourneyCommandType[] = ['ReferChild', 'WriteLogbookEntry', 'FamilyWithdrew'];

export type FormValues = Record<string, string | boolean>;

/** The typed values as the command's body: nested by the dotted names, empty optional fields left out. */
export function commandBody(fields: FieldSpec[], values: FormValues, toIso: (value: string) => string): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  const unsent = emptyGroups(fields, values);
  const put = (path: string, value: unknown) => {
    const keys = path.split('.');
    let target = body;
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
    target[keys[keys.length - 1]] = value;
  };
  for (const field of fields) {
    if (field.group && unsent.has(field.group)) continue;
    if (field.kind === 'measurement') {
      const measurement: Record<string, number> = {};
      for (const [key, value] of Object.entries(values)) {
        if (key.startsWith(`${field.name}.`) && value !== '') measurement[key.slice(field.name.length + 1)] = Number(value);
      }
      put(field.name, measurement);
      continue;
    }
    if (field.kind === 'generatedId') {
      put(field.name, newId());
      continue;
    }
    if (field.kind === 'multi') {
      put(field.name, optionsOf(field).filter((option) => values[`${field.name}.${option}`] === true));
      continue;
    }
    const value = values[field.name];
    if (field.kind === 'checkbox') {
      put(field.name, value === true);
      continue;
    }
    const text = typeof value === 'string' ? value.trim() : '';
    if (field.kind === 'place') {
      const home = homeAtPlace(text);
      if (home) {
        put(field.homeAt, { placeCode: home.placeCode, lat: home.lat, lon: home.lon });
        put(field.districtAt, home.label);
      }
      continue;
    }
    if (text === '' && 'optional' in field && field.optional) continue;
    if (field.kind === 'adults') put(field.name, lines(text).map((name, index) => ({ adultId: `a${index + 1}`, name })));
    else if (field.kind === 'ages') put(field.name, ages(text).map((age) => ({ age })));
    else if (field.kind === 'date') put(field.name, text === '' ? '' : midnightUtc(text));
    else if (field.kind === 'list') put(field.name, listItems(text));
    else if (field.kind === 'number') put(field.name, text === '' ? undefined : Number(text));
    else if (field.kind === 'datetime') put(field.name, text === '' ? '' : toIso(text));
    else put(field.name, text);
  }
  return body;
}

/** The groups none of whose fields the person filled in: they are neither sent nor checked. */
export function emptyGroups(fields: FieldSpec[], values: FormValues): Set<string> {
  const filled = (field: FieldSpec) =>
    field.kind === 'multi'
      ? optionsOf(field).some((option) => values[`${field.name}.${option}`] === true)
      : typeof values[field.name] === 'string' && (values[field.name] as string).trim() !== '';
  const groups = new Set(fields.flatMap((field) => (field.group ? [field.group] : [])));
  return new Set([...groups].filter((group) => !fields.some((field) => field.group === group && filled(field))));
}

/* How a typed text becomes what is sent; the checks before sending read it the same way. */

export function lines(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter(Boolean);
}

export function listItems(text: string): string[] {
  return text.split(/[,\n]/).map((item) => item.trim()).filter(Boolean);
}

export function ages(text: string): number[] {
  return text.split(/[,\s]+/).filter(Boolean).map(Number);
}

export function midnightUtc(day: string): string {
  return `${day}T00:00:00.000Z`;
}

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}
