import { Weekday } from '../shared';
import { Coordinates } from '../family/household';

/**
 * What matching needs to know about the child, as a plain value the journey hands over, so
 * matching depends on no journey code. Needs use the codes in CHILD_NEEDS.
 */
export interface ChildProfile {
  journeyId: string;
  age: number;
  needs: string[];
  interests: string[];
  home: Coordinates;
  weekdaysPossible: Weekday[];
}
