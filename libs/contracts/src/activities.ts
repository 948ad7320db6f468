import type { FamilyPlaceRequest } from './family-place';
import type { FamilyProjection } from './family-projection';
import type { JourneyProjection, ProjectedJourneyEvents } from './journey-projection';

/** The side effects the workflows ask for; libs/activities implements them, the workflows proxy them by this contract. */
export interface VenskabActivities {
  /** Writes a batch of a journey's events, tasks and notifications into the read model (idempotent). */
  projectJourney(projection: JourneyProjection): Promise<ProjectedJourneyEvents>;
  /** Writes a batch of a family's events, tasks and notifications into the read model (idempotent). */
  projectFamily(projection: FamilyProjection): Promise<void>;
  /** Holds one of the family's places for a proposal; fails with the family's refusal (non-retryable) when it says no. */
  reserveFamilyPlace(request: FamilyPlaceRequest): Promise<void>;
}
