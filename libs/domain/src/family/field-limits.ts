import { FieldLimit } from '../shared/field-limits';
import { WEEKDAYS } from '../shared/time';
import { CHILD_NEEDS } from './needs';

const TEXT_MAX_LENGTH = 4000;
const REASON_MAX_LENGTH = 2000;
const LIST_ITEM = { minLength: 1, maxLength: 60 } as const;

/** The limits of the family commands' fields. */
export const FAMILY_LIMITS = {
  displayName: { minLength: 1, maxLength: 100 },
  email: { minLength: 3, maxLength: 200 },
  phone: { minLength: 3, maxLength: 40 },
  /** The motivation and expectations told at the home visit. */
  homeVisitText: { minLength: 1, maxLength: TEXT_MAX_LENGTH },
  adults: { minItems: 1, maxItems: 10 },
  adultId: { minLength: 1, maxLength: 100 },
  adultName: { minLength: 1, maxLength: 200 },
  ownChildren: { minItems: 1, maxItems: 15 },
  ownChildAge: { minimum: 0, maximum: 30 },
  pets: { maxItems: 20, items: LIST_ITEM },
  homeDistrict: { minLength: 1, maxLength: 100 },
  weekdaysAvailable: { minItems: 1, maxItems: WEEKDAYS.length },
  /** How many children can visit at the same time. */
  capacity: { minimum: 1, maximum: 10 },
  needsAbleToMeet: { maxItems: CHILD_NEEDS.length },
  interests: { maxItems: 30, items: LIST_ITEM },
  reason: { minLength: 1, maxLength: REASON_MAX_LENGTH },
  note: { maxLength: TEXT_MAX_LENGTH },
  noteId: { minLength: 1, maxLength: 100 },
  noteText: { minLength: 1, maxLength: TEXT_MAX_LENGTH },
} as const satisfies Record<string, FieldLimit>;
