import type { TimelineDetailValue } from '../api/types';

/** How one detail reads: the person's own words or a number as written, a code by its translation key, or a moment to format. */
export type DetailValue =
  | { kind: 'text'; text: string }
  | { kind: 'translated'; keys: string[] }
  | { kind: 'dateTime'; at: string }
  | { kind: 'date'; at: string }
  | { kind: 'measurement'; scores: Array<{ key: string; score: number }> };

/** One line under a timeline entry: what the detail is (its label's key) and what was written or decided. */
export interface DetailLine {
  labelKey: string;
  value: DetailValue;
}

type Reading = 'text' | 'yesNo' | 'dateTime' | 'date' | 'measurement' | { codes: string };

/** Every detail the API gives, by how a person reads it; codes by the prefix of their translations. */
const READINGS: Record<string, Reading> = {
  age: 'text',
  legalBasis: { codes: 'option.legalBasis' },
  caseworkerUnit: 'text',
  situation: 'text',
  needs: 'text',
  interests: 'text',
  custodyHolders: 'text',
  refusedBy: { codes: 'option.consentParty' },
  withdrawnBy: { codes: 'option.consentParty' },
  baseline: 'measurement',
  homeDistrict: 'text',
  weekdaysPossible: { codes: 'option.weekday' },
  childNeeds: { codes: 'option.need' },
  familyName: 'text',
  side: { codes: 'option.side' },
  matchNumber: 'text',
  scheduledFor: 'dateTime',
  weekday: { codes: 'option.weekday' },
  pickUp: 'text',
  return: 'text',
  week: 'text',
  visitDate: 'date',
  visit: { codes: 'option.visit' },
  cancelledBy: { codes: 'option.cancelledBy' },
  concern: 'yesNo',
  stabilityRules: { codes: 'timeline.stabilityRule' },
  cancellationsInARow: 'text',
  cancellationsInWindow: 'text',
  pauseReason: { codes: 'option.pauseReason' },
  session: 'text',
  round: 'text',
  followUpWith: { codes: 'option.followUpWith' },
  sessionOutcome: { codes: 'option.sessionOutcome' },
  concernSource: { codes: 'option.concernSource' },
  logbookWeek: 'text',
  description: 'text',
  assessmentDueAt: 'dateTime',
  concernOutcome: { codes: 'option.concernOutcome' },
  after: 'measurement',
  childWishesToContinue: 'yesNo',
  parentsWishToContinue: 'yesNo',
  familyWishesToContinue: 'yesNo',
  childExperiences: 'text',
  parentsExperiences: 'text',
  familyExperiences: 'text',
  form: 'text',
  closureReason: { codes: 'option.closureReason' },
  goodbyeHeld: 'yesNo',
  rematchCount: 'text',
  movedOnToOrganisedLeisure: 'yesNo',
  activity: 'text',
  measurement: 'measurement',
  measurementDeclined: 'yesNo',
  reminder: { codes: 'taskKind' },
  assigneeRole: { codes: 'role' },
  dueAt: 'dateTime',
  reason: 'text',
  note: 'text',
};

/** The details the UI knows how to read; a detail it does not know is left out rather than shown as a raw code. */
export const KNOWN_DETAILS = Object.keys(READINGS);

const asList = (value: TimelineDetailValue): string[] => (Array.isArray(value) ? value : [String(value)]);

function valueOf(reading: Reading, value: TimelineDetailValue): DetailValue | null {
  if (typeof reading === 'object') return { kind: 'translated', keys: asList(value).map((code) => `${reading.codes}.${code}`) };
  switch (reading) {
    case 'text':
      return { kind: 'text', text: asList(value).join(', ') };
    case 'yesNo':
      return { kind: 'translated', keys: [value ? 'timeline.yes' : 'timeline.no'] };
    case 'dateTime':
    case 'date':
      return typeof value === 'string' ? { kind: reading, at: value } : null;
    case 'measurement':
      return typeof value === 'object' && !Array.isArray(value)
        ? { kind: 'measurement', scores: Object.entries(value).map(([dimension, score]) => ({ key: `wellbeing.${dimension}`, score })) }
        : null;
  }
}

/** The entry's details as lines to show, in the order the API gives them, leaving out those named in `shownElsewhere`. */
export function detailLines(details: Record<string, TimelineDetailValue> | undefined, shownElsewhere: readonly string[] = []): DetailLine[] {
  return Object.entries(details ?? {}).flatMap(([name, raw]) => {
    const reading = READINGS[name];
    if (!reading || shownElsewhere.includes(name)) return [];
    const value = valueOf(reading, raw);
    return value ? [{ labelKey: `timeline.detail.${name}`, value }] : [];
  });
}
