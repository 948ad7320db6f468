import { ChildProfile } from './child-profile';
import { FamilyCandidate } from './family-candidate';

/** Copenhagen City Hall Square: the child's home in the matching specs. */
export const CITY_HALL = { lat: 55.6761, lon: 12.5683 };
export const NOW = '2025-06-01T12:00:00.000Z';

export function child(overrides: Partial<ChildProfile> = {}): ChildProfile {
  return {
    journeyId: 'journey-1',
    age: 8,
    needs: ['anxiety'],
    interests: ['Football', 'drawing'],
    home: CITY_HALL,
    weekdaysPossible: ['tuesday', 'wednesday'],
    ...overrides,
  };
}

/** An approved, waiting family that passes every hard constraint for child(). */
export function candidate(overrides: Partial<FamilyCandidate> = {}): FamilyCandidate {
  return {
    familyId: 'family-a',
    displayName: 'Familien Andersen',
    status: 'approved',
    adults: [{ adultId: 'a1', name: 'Anna Andersen', hasCertificate: true }],
    ownChildrenAges: [7, 10],
    weekdaysAvailable: ['tuesday'],
    capacity: 1,
    freeCapacity: 1,
    needsAbleToMeet: ['anxiety'],
    interests: ['football'],
    homeDistrict: 'Indre By',
    home: CITY_HALL,
    waitingSince: '2025-05-01T12:00:00.000Z',
    linkedJourneyIds: [],
    pastJourneyIds: [],
    coordinatorNotes: [],
    ...overrides,
  };
}
