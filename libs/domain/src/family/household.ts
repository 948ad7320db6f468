import type { PlacedHome } from '../places/placed-home';
import { Weekday } from '../shared';
import { ChildNeed } from './needs';
import { NoteSentiment } from './vocabulary';

export type { NoteSentiment } from './vocabulary';

/** How to reach a family that applied; the display name is what coordinators see in lists. */
export interface FamilyContact {
  displayName: string;
  email: string | null;
  phone: string | null;
}

/** Every adult who will be with the child; each needs a child certificate (børneattest). */
export interface HouseholdAdult {
  adultId: string;
  name: string;
}

export interface OwnChild {
  /** Age at the home visit. */
  age: number;
}

export interface Coordinates {
  lat: number;
  lon: number;
}

/** What the coordinator learns at the home visit: who the family is and what they can offer a child. */
export interface Household {
  motivation: string;
  expectations: string;
  adults: HouseholdAdult[];
  ownChildren: OwnChild[];
  pets: string[];
  homeDistrict: string;
  home: PlacedHome;
  weekdaysAvailable: Weekday[];
  /** How many children the family can have visiting at the same time. */
  capacity: number;
  needsAbleToMeet: ChildNeed[];
  interests: string[];
}

export interface CoordinatorNote {
  noteId: string;
  text: string;
  sentiment: NoteSentiment;
  writtenAt: string;
  writtenBy: string;
}
