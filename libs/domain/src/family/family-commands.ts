import { Actor, Instant, Weekday } from '../shared';
import type { PlacedHome } from '../places/placed-home';
import { FamilyContact, HouseholdAdult, OwnChild } from './household';
import { AfterMatch, NoteSentiment } from './vocabulary';

interface CommandBase {
  actor: Actor;
}

export interface ApplyAsFamily extends CommandBase {
  type: 'ApplyAsFamily';
  contact: FamilyContact;
}

export interface RecordHomeVisit extends CommandBase {
  type: 'RecordHomeVisit';
  motivation: string;
  expectations: string;
  adults: HouseholdAdult[];
  ownChildren: OwnChild[];
  pets: string[];
  homeDistrict: string;
  home: PlacedHome;
  weekdaysAvailable: Weekday[];
  capacity: number;
  /** Codes from CHILD_NEEDS; checked, as they arrive from a form. */
  needsAbleToMeet: string[];
  interests: string[];
}

export interface RecordChildCertificate extends CommandBase {
  type: 'RecordChildCertificate';
  adultId: string;
  issuedOn: Instant;
}

export interface CompleteTraining extends CommandBase {
  type: 'CompleteTraining';
}

export interface Approve extends CommandBase {
  type: 'Approve';
}

/** A proposed match holds one of the family's places while both sides consider it. */
export interface ReserveForJourney extends CommandBase {
  type: 'ReserveForJourney';
  journeyId: string;
}

export interface ReleaseReservation extends CommandBase {
  type: 'ReleaseReservation';
  journeyId: string;
  reason: string;
}

export interface ConfirmMatch extends CommandBase {
  type: 'ConfirmMatch';
  journeyId: string;
}

export interface EndMatch extends CommandBase {
  type: 'EndMatch';
  journeyId: string;
  reason: string;
  afterwards: AfterMatch;
}

export interface Pause extends CommandBase {
  type: 'Pause';
  note?: string;
}

export interface Resume extends CommandBase {
  type: 'Resume';
}

export interface Retire extends CommandBase {
  type: 'Retire';
  note?: string;
}

export interface Withdraw extends CommandBase {
  type: 'Withdraw';
  reason: string;
}

export interface AddCoordinatorNote extends CommandBase {
  type: 'AddCoordinatorNote';
  noteId: string;
  text: string;
  sentiment?: NoteSentiment;
}

export type FamilyCommand =
  | ApplyAsFamily
  | RecordHomeVisit
  | RecordChildCertificate
  | CompleteTraining
  | Approve
  | ReserveForJourney
  | ReleaseReservation
  | ConfirmMatch
  | EndMatch
  | Pause
  | Resume
  | Retire
  | Withdraw
  | AddCoordinatorNote;

export type FamilyCommandType = FamilyCommand['type'];
