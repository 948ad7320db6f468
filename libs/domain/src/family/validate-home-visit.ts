import { homeProblem } from '../places/placed-home';
import { Refusal, RefusalCode, WEEKDAYS } from '../shared';
import { FAMILY_LIMITS } from './field-limits';
import { RecordHomeVisit } from './family-commands';
import { isChildNeed } from './needs';
import { isFilled } from './is-filled';

/**
 * The household as recorded at the home visit must make sense before the family can go on:
 * the programme takes any family with at least one adult and one child who all want it.
 */
export function homeVisitProblem(command: RecordHomeVisit): Refusal | null {
  const { adults, ownChildren, home, weekdaysAvailable, capacity, needsAbleToMeet } = command;
  if (!Array.isArray(adults) || adults.length < FAMILY_LIMITS.adults.minItems) {
    return problem('family.no_adult', 'A family needs at least one adult.');
  }
  if (adults.some((adult) => !isFilled(adult?.adultId) || !isFilled(adult?.name))) {
    return problem('family.adult_incomplete', 'Every adult needs an id and a name.');
  }
  if (new Set(adults.map((adult) => adult.adultId)).size !== adults.length) {
    return problem('family.duplicate_adult', 'Each adult can only be listed once.');
  }
  if (!Array.isArray(ownChildren) || ownChildren.length < FAMILY_LIMITS.ownChildren.minItems) {
    return problem('family.no_own_child', 'A friendship family has at least one child of its own.');
  }
  const { minimum: youngest, maximum: oldest } = FAMILY_LIMITS.ownChildAge;
  if (ownChildren.some((child) => !Number.isInteger(child?.age) || child.age < youngest || child.age > oldest)) {
    return problem('family.invalid_child_age', `The children's ages must be whole years between ${youngest} and ${oldest}.`);
  }
  if (homeProblem(home)) {
    return problem('family.invalid_home_location', "The home must be a place from the list, or a valid latitude and longitude.");
  }
  if (!isFilled(command.homeDistrict)) {
    return problem('family.home_district_missing', 'The home district is needed for matching.');
  }
  if (!Array.isArray(weekdaysAvailable) || weekdaysAvailable.length < FAMILY_LIMITS.weekdaysAvailable.minItems) {
    return problem('family.no_weekday', 'The family must be able to receive a child on at least one weekday.');
  }
  if (weekdaysAvailable.some((day) => !(WEEKDAYS as readonly string[]).includes(day))) {
    return problem('family.unknown_weekday', `Weekdays must be among: ${WEEKDAYS.join(', ')}.`);
  }
  if (!Number.isInteger(capacity) || capacity < FAMILY_LIMITS.capacity.minimum) {
    return problem('family.invalid_capacity', 'A family takes at least one child; capacity must be a whole number.');
  }
  const unknownNeeds = (Array.isArray(needsAbleToMeet) ? needsAbleToMeet : [null]).filter(
    (need) => typeof need !== 'string' || !isChildNeed(need),
  );
  if (unknownNeeds.length > 0) {
    return problem('family.unknown_need', `Unknown child needs: ${unknownNeeds.join(', ')}.`);
  }
  if (![command.pets, command.interests].every((list) => Array.isArray(list))) {
    return problem('family.invalid_lists', 'Pets and interests must be lists (they may be empty).');
  }
  return null;
}

function problem(code: RefusalCode, message: string): Refusal {
  return { code, message };
}
