import { ChildNeed, isChildNeed } from '../family/needs';
import { homeProblem, PlacedHome } from '../places/placed-home';
import { COORDINATE_LIMITS } from '../shared/field-limits';
import { Weekday, WEEKDAYS } from '../shared/time';
import { JOURNEY_LIMITS } from './field-limits';

/**
 * What matching needs about the child that the referral does not hold, learnt by the coordinator at
 * the screening visit in the child's home: where the child lives (transport time decides whether a
 * weekly pick-up is practical), the weekdays that suit the child, and the child's needs as the fixed
 * codes families answered at their home visit (the referral describes needs in free text).
 */
export interface ChildMatchingProfile {
  /** The place in words ("Nørrebro, København"), as the coordinator chose it. */
  homeDistrict: string;
  home: PlacedHome;
  weekdaysPossible: Weekday[];
  needs: ChildNeed[];
}

const { lat: latitude, lon: longitude } = COORDINATE_LIMITS;
const HOME_PROBLEMS = {
  invalid_coordinates: `give the home as latitude (${latitude.minimum} to ${latitude.maximum}) and longitude (${longitude.minimum} to ${longitude.maximum})`,
  unknown_place: 'choose the home from the list of places',
  coordinates_not_of_place: "give the chosen place's own coordinates (the place table's)",
} as const;

/** What is wrong with a profile, in words for the coordinator; empty when it can be used. */
export function matchingProfileProblems(profile: ChildMatchingProfile): string[] {
  const problems: string[] = [];
  if (typeof profile.homeDistrict !== 'string' || profile.homeDistrict.trim() === '') problems.push('name the district the child lives in');
  const home = homeProblem(profile.home);
  if (home) problems.push(HOME_PROBLEMS[home]);
  const weekdays = profile.weekdaysPossible ?? [];
  if (weekdays.length < JOURNEY_LIMITS.weekdaysPossible.minItems || weekdays.some((day) => !(WEEKDAYS as readonly string[]).includes(day))) {
    problems.push('choose at least one weekday that suits the child');
  }
  if ((profile.needs ?? []).some((need) => !isChildNeed(need))) problems.push('use only the listed needs');
  return problems;
}
