import { CHILD_NEEDS } from '../family/needs';
import { FieldLimit } from '../shared/field-limits';
import { WEEKDAYS } from '../shared/time';
import { WELLBEING_SCALE_MAX, WELLBEING_SCALE_MIN } from './wellbeing';

const NOTE_MAX_LENGTH = 4000;
const REASON_MAX_LENGTH = 2000;

/** The limits of the journey commands' fields (by field; some fields share one entry). */
export const JOURNEY_LIMITS = {
  /** Optional notes and the experiences told at the one-year review. */
  note: { maxLength: NOTE_MAX_LENGTH },
  /** The family's logbook entry says something about the visit: an empty one tells the coordinator nothing. */
  logbookNote: { minLength: 1, maxLength: NOTE_MAX_LENGTH },
  /** A concern's description and the note of its assessment, which must be written. */
  concernText: { minLength: 1, maxLength: NOTE_MAX_LENGTH },
  /** Reasons given in words, and the form of the future agreement. */
  reason: { minLength: 1, maxLength: REASON_MAX_LENGTH },
  custodyHolders: { minItems: 1, maxItems: 10, items: { minLength: 1, maxLength: 200 } },
  /** The agreement's pick-up and return. */
  arrangement: { minLength: 1, maxLength: 500 },
  homeDistrict: { minLength: 1, maxLength: 100 },
  weekdaysPossible: { minItems: 1, maxItems: WEEKDAYS.length },
  needs: { maxItems: CHILD_NEEDS.length },
  concernId: { minLength: 1, maxLength: 100 },
  activity: { minLength: 1, maxLength: 200 },
  /** Visit weeks, supervision sessions and follow-up rounds are counted from 1. */
  visitWeek: { minimum: 1 },
  supervisionSession: { minimum: 1 },
  followUpRound: { minimum: 1 },
  wellbeingScore: { minimum: WELLBEING_SCALE_MIN, maximum: WELLBEING_SCALE_MAX },
} as const satisfies Record<string, FieldLimit>;

/** The limits of a referral's fields. The age range is wide: eligibility (the programme's ages) is the policy's. */
export const REFERRAL_LIMITS = {
  childLabel: { minLength: 1, maxLength: 40 },
  age: { minimum: 0, maximum: 25 },
  situation: { minLength: 1, maxLength: 2000 },
  needs: { maxLength: 2000 },
  interests: { maxItems: 20, items: { minLength: 1, maxLength: 60 } },
  legalBasis: { minLength: 1, maxLength: 60 },
  caseworkerUnit: { minLength: 1, maxLength: 100 },
} as const satisfies Record<string, FieldLimit>;
