import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import type { VenskabActivities } from '@venskab/contracts';
import { projectJourney } from './journey/project-journey';
import { projectFamily } from './family/project-family';
import { reserveFamilyPlace } from './family-place/reserve-family-place';

export interface ActivityDependencies {
  dataSource: DataSource;
  /** A journey holds a place in a family's workflow through it. */
  client: Client;
}

/** All side effects of the workflows, with their dependencies passed in (no globals), so tests build them the same way. */
export function createActivities({ dataSource, client }: ActivityDependencies): VenskabActivities {
  return {
    projectJourney: (projection) => projectJourney(dataSource, projection),
    projectFamily: (projection) => projectFamily(dataSource, projection),
    reserveFamilyPlace: (request) => reserveFamilyPlace(client, request),
  };
}
