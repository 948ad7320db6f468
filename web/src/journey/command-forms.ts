import { CLOSURE_REASONS, CONCERN_OUTCOMES, WEEKDAYS } from '../domain';
import type { JourneyCommandType } from '../domain';

/**
 * What each action asks for, so one form renders them all. `name` is the field's path in the
 * command's body (dots nest); labels come from `field.<name>` and options from `option.<set>.<value>`.
 */
export type FieldSpec =
  | { name: string; kind: 'text' | 'textarea' | 'list' | 'datetime'; optional?: boolean }
  | { name: string; kind: 'number'; optional?: boolean; min?: number }
  | { name: string; kind: 'select'; options: readonly string[]; optionSet: string; optional?: boolean }
  | { name: string; kind: 'checkbox' }
  | { name: string; kind: 'measurement' }
  | { name: string; kind: 'openConcern' }
  /** Several of a fixed list, as an array of codes. */
  | { name: string; kind: 'multi'; options: readonly string[]; optionSet: string }
  /** A calendar day, sent as that day's midnight UTC. */
  | { name: string; kind: 'date' }
  /** One of a list the page hands the form (e.g. the household's adults). */
  | { name: string; kind: 'choice'; source: string }
  /** One person per line: [{ adultId: "a1", name }, …]. */
  | { name: string; kind: 'adults' }
  /** Ages separated by commas: [{ age }, …]. */
  | { name: string; kind: 'ages'; optional?: boolean }
  /** Not shown: a fresh id per send (so a retried note is recognised). */
  | { name: string; kind: 'generatedId' };

const note: FieldSpec = { name: 'note', kind: 'textarea', optional: true };
const CONSENT_PARTIES = ['custody_holders', 'child'] as const;
const SIDES = ['child', 'family'] as const;
const OUTCOMES = ['held', 'missed'] as const;

export const COMMAND_FORMS: Partial<Record<JourneyCommandType, FieldSpec[]>> = {
  GiveConsent: [{ name: 'custodyHolders', kind: 'list' }, note],
  RefuseConsent: [{ name: 'refusedBy', kind: 'select', options: CONSENT_PARTIES, optionSet: 'consentParty' }, note],
  WithdrawConsent: [
    { name: 'withdrawnBy', kind: 'select', options: CONSENT_PARTIES, optionSet: 'consentParty' },
    { name: 'reason', kind: 'textarea' },
  ],
  RecordScreeningVisit: [{ name: 'baseline', kind: 'measurement' }, note],
  ProposeMatch: [{ name: 'familyId', kind: 'text' }, note],
  AcceptMatch: [{ name: 'side', kind: 'select', options: SIDES, optionSet: 'side' }],
  DeclineMatch: [
    { name: 'side', kind: 'select', options: SIDES, optionSet: 'side' },
    { name: 'reason', kind: 'textarea' },
  ],
  ScheduleFriendshipMeeting: [{ name: 'scheduledFor', kind: 'datetime' }],
  RecordFriendshipMeetingHeld: [
    { name: 'agreement.weekday', kind: 'select', options: WEEKDAYS, optionSet: 'weekday' },
    { name: 'agreement.pickUp', kind: 'text' },
    { name: 'agreement.return', kind: 'text' },
    note,
  ],
  RecordFriendshipMeetingFailed: [{ name: 'reason', kind: 'textarea' }],
  PauseVisits: [{ name: 'reason', kind: 'select', options: ['holiday', 'illness', 'other'], optionSet: 'pauseReason' }, note],
  ResumeVisits: [note],
  ScreenLogbooks: [note],
  RecordSupervision: [{ name: 'outcome', kind: 'select', options: OUTCOMES, optionSet: 'sessionOutcome' }, note],
  RecordFollowUp: [
    { name: 'with', kind: 'select', options: ['child', 'parents'], optionSet: 'followUpWith' },
    { name: 'outcome', kind: 'select', options: OUTCOMES, optionSet: 'sessionOutcome' },
    note,
  ],
  RaiseConcern: [
    { name: 'source', kind: 'select', options: ['logbook', 'conversation'], optionSet: 'concernSource' },
    { name: 'description', kind: 'textarea' },
  ],
  AssessConcern: [
    { name: 'concernId', kind: 'openConcern' },
    { name: 'outcome', kind: 'select', options: CONCERN_OUTCOMES, optionSet: 'concernOutcome' },
    { name: 'note', kind: 'textarea' },
  ],
  RecordOneYearReview: [
    { name: 'after', kind: 'measurement' },
    { name: 'wishesToContinue.child', kind: 'checkbox' },
    { name: 'wishesToContinue.parents', kind: 'checkbox' },
    { name: 'wishesToContinue.family', kind: 'checkbox' },
    { name: 'experiences.child', kind: 'textarea', optional: true },
    { name: 'experiences.parents', kind: 'textarea', optional: true },
    { name: 'experiences.family', kind: 'textarea', optional: true },
  ],
  RecordFutureAgreement: [{ name: 'form', kind: 'text' }, note],
  RequestClosure: [{ name: 'reason', kind: 'select', options: CLOSURE_REASONS, optionSet: 'closureReason' }, note],
  RecordGoodbye: [note],
  OfferRematch: [note],
  AcceptRematch: [note],
  DeclineRematch: [note],
  RecordBridgeBuilding: [
    { name: 'movedOnToOrganisedLeisure', kind: 'checkbox' },
    { name: 'activity', kind: 'text', optional: true },
  ],
  RecordPostEndMeasurement: [{ name: 'measurement', kind: 'measurement' }, note],
};

/** The logbook has its own page for families (mobile, drafts); the referral starts a journey. */
export const ACTIONS_ELSEWHERE: readonly JourneyCommandType[] = ['ReferChild', 'WriteLogbookEntry', 'FamilyWithdrew'];

export type FormValues = Record<string, string | boolean>;

/** The typed values as the command's body: nested by the dotted names, empty optional fields left out. */
export function commandBody(fields: FieldSpec[], values: FormValues, toIso: (value: string) => string): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  const put = (path: string, value: unknown) => {
    const keys = path.split('.');
    let target = body;
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
    target[keys[keys.length - 1]] = value;
  };
  for (const field of fields) {
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
      put(field.name, field.options.filter((option) => values[`${field.name}.${option}`] === true));
      continue;
    }
    const value = values[field.name];
    if (field.kind === 'checkbox') {
      put(field.name, value === true);
      continue;
    }
    const text = typeof value === 'string' ? value.trim() : '';
    if (text === '' && 'optional' in field && field.optional) continue;
    if (field.kind === 'adults') put(field.name, lines(text).map((name, index) => ({ adultId: `a${index + 1}`, name })));
    else if (field.kind === 'ages') put(field.name, text.split(/[,\s]+/).filter(Boolean).map((age) => ({ age: Number(age) })));
    else if (field.kind === 'date') put(field.name, text === '' ? '' : `${text}T00:00:00.000Z`);
    else if (field.kind === 'list') put(field.name, text.split(/[,\n]/).map((item) => item.trim()).filter(Boolean));
    else if (field.kind === 'number') put(field.name, text === '' ? undefined : Number(text));
    else if (field.kind === 'datetime') put(field.name, text === '' ? '' : toIso(text));
    else put(field.name, text);
  }
  return body;
}

function lines(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter(Boolean);
}

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}
