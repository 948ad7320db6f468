import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import type { JourneyProjection } from './journey/journey-projection';
import { projectJourney } from './journey/project-journey';
import type { FamilyProjection } from './family/family-projection';
import { projectFamily } from './family/project-family';
import type { FamilyEffect, FamilyPlaceRequest, JourneyNotice } from './links/link-messages';
import { reserveFamilyPlace } from './links/reserve-family-place';
import { sendFamilyEffect } from './links/send-family-effect';
import { signalJourney } from './links/signal-journey';

export interface ActivityDependencies {
  dataSource: DataSource;
  /** Journeys and families talk to each other's workflows through it. */
  client: Client;
}

/** All side effects of the workflows, with their dependencies passed in (no globals), so tests build them the same way. */
export function createActivities({ dataSource, client }: ActivityDependencies) {
  return {
    projectJourney: (projection: JourneyProjection) => projectJourney(dataSource, projection),
    projectFamily: (projection: FamilyProjection) => projectFamily(dataSource, projection),
    reserveFamilyPlace: (request: FamilyPlaceRequest) => reserveFamilyPlace(client, request),
    sendFamilyEffect: (effect: FamilyEffect) => sendFamilyEffect(client, effect),
    signalJourney: (notice: JourneyNotice) => signalJourney(client, notice),
  };
}

export type VenskabActivities = ReturnType<typeof createActivities>;
