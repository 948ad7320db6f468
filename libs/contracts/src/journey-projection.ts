import type { ProjectedNotification, ProjectedTask } from './projected-rows';

/** What the journey workflow hands to its projection: plain data, already derived from the domain state. */
export interface JourneyProjection {
  journeyId: string;
  summary: {
    stage: string;
    programme: string;
    caseworkerId: string;
    caseworkerUnit: string;
    childLabel: string;
    childAge: number;
    familyId: string | null;
    referredAt: string;
    stageEnteredAt: string;
    matchedAt: string | null;
    endedAt: string | null;
    rematchCount: number;
    cancelledVisits: number;
    nextDueAt: string | null;
    overdue: boolean;
    /** The journey's own programme day (its policy's), so waits are counted in the days its timers use. */
    dayLengthMs: number;
  };
  /** Events not yet projected, numbered by their position in the journey's event list (0-based). */
  events: ProjectedJourneyEvent[];
  /** Total number of events after this projection; older projections never overwrite newer ones. */
  eventCount: number;
  tasks: ProjectedTask[];
  notifications: ProjectedNotification[];
}

/** A domain event as projected: its fields other than type, time and actor are in `payload`. */
export interface ProjectedJourneyEvent {
  sequence: number;
  type: string;
  at: string;
  actorId: string;
  actorRole: string;
  milestone: boolean;
  payload: Record<string, unknown>;
}

/** What projectJourney answers; kept in the workflow history as the local activity's result. */
export interface ProjectedJourneyEvents {
  journeyId: string;
  events: ProjectedJourneyEvent[];
}
