import { Injectable } from '@nestjs/common';
import { caseworkerView, familyJourneyView } from '@venskab/domain/journey';
import type { JourneyView } from '@venskab/contracts/journey-workflow';
import { seesMilestonesOnly } from '../identity/access-policy';
import type { Identity } from '../identity/identity';
import { JourneyReadModel } from './journey-read-model';
import { JourneyWorkflowClient } from './journey-workflow.client';

/**
 * What of a live journey each caller gets, on reading it and in the answer to a command alike:
 * caseworkers and parents the milestones, a volunteer family its own view (no scores, concerns or
 * tasks), everyone else allowed to see the journey all of it.
 */
@Injectable()
export class JourneyViewForCaller {
  constructor(
    private readonly workflows: JourneyWorkflowClient,
    private readonly readModel: JourneyReadModel,
  ) {}

  async of(caller: Identity, view: JourneyView) {
    const journeyId = view.state.journeyId;
    if (seesMilestonesOnly(caller)) return caseworkerView(view.state, await this.workflows.events(journeyId));
    if (caller.role === 'volunteer_family') {
      // The child's label is kept by the read model only; a family sees the journey without it until projected.
      const row = await this.readModel.get(journeyId).catch(() => null);
      return familyJourneyView(view.state, new Date().toISOString(), row?.childLabel ?? null);
    }
    return view;
  }
}
