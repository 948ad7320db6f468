import type { ProjectedNotification, ProjectedTask } from './projected-rows';
import type { FamilyCandidate } from '@venskab/domain/matching';

/** What the family workflow hands to its projection: plain data, already derived from the domain state. */
export interface FamilyProjection {
  familyId: string;
  summary: {
    displayName: string;
    stage: string;
    homeDistrict: string | null;
    capacity: number;
    freeCapacity: number;
    /** Journeys the family is proposed for or matched with now. */
    linkedJourneyIds: string[];
    appliedAt: string;
    approvedAt: string | null;
    waitingSince: string | null;
    /** The current waiting period has been flagged as too long. */
    flaggedLongWait: boolean;
    /** The family as matching sees it, so suggestions for a child are one read instead of a query per family. */
    candidate: FamilyCandidate;
  };
  /** Events not yet projected, numbered by their position in the family's event list (0-based). */
  events: Array<{
    sequence: number;
    type: string;
    at: string;
    actorId: string;
    actorRole: string;
    payload: Record<string, unknown>;
  }>;
  /** Total number of events after this projection; older projections never overwrite newer ones. */
  eventCount: number;
  tasks: ProjectedTask[];
  notifications: ProjectedNotification[];
}
