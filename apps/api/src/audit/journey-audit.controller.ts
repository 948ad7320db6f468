import { ConflictException, Controller, Get, HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { currentWorkflowBundle } from '@venskab/audit/current-workflow-bundle';
import { IncompleteJourneyHistoryError } from '@venskab/audit/journey-history-contents';
import { JourneyHistoryReader } from '@venskab/audit/journey-history-reader';
import type { JourneyRunHistory } from '@venskab/audit/journey-run-history';
import { journeyTimeline } from '@venskab/audit/journey-timeline';
import { JourneyHistoryNotFoundError } from '@venskab/audit/read-journey-histories';
import { reconstructJourney } from '@venskab/audit/reconstruct-journey';
import { replayJourneyHistories } from '@venskab/audit/replay-journey-histories';
import { DataSource } from 'typeorm';
import { entityIdParam } from '../families/family-id';
import { CurrentActor } from '../identity/actor.decorator';
import type { Identity } from '../identity/identity';
import { Requires } from '../identity/requires.decorator';
import { assertCanSeeJourney, relationsOf } from '../journeys/journey-access';
import { readableNamesOf } from './person-names';
import type { ApiErrorBody } from '@venskab/domain/shared';

/** Answers from the workflow history itself (or its archive), never from the read model: what happened, and whether today's code agrees. */
@Controller('journeys')
export class JourneyAuditController {
  constructor(
    private readonly histories: JourneyHistoryReader,
    private readonly dataSource: DataSource,
  ) {}

  @Get(':journeyId/timeline')
  @Requires('journey.timeline')
  timeline(@CurrentActor() reader: Identity, @Param('journeyId') journeyId: string) {
    return this.withHistories(journeyId, async (runs) => {
      const { state, events } = reconstructJourney(runs);
      assertCanSeeJourney(reader, journeyId, relationsOf(state));
      const entries = journeyTimeline(events, await readableNamesOf(this.dataSource, events));
      return { journeyId, stage: state.stage, runs: runs.map(({ runId, source }) => ({ runId, source })), entries };
    });
  }

  @Post(':journeyId/replay')
  @HttpCode(200)
  @Requires('journey.audit')
  replay(@CurrentActor() reader: Identity, @Param('journeyId') journeyId: string) {
    return this.withHistories(journeyId, async (runs) => {
      assertCanSeeJourney(reader, journeyId, relationsOf(reconstructJourney(runs).state));
      return replayJourneyHistories(runs, await currentWorkflowBundle());
    });
  }

  private async withHistories<T>(journeyId: string, use: (runs: JourneyRunHistory[]) => T | Promise<T>): Promise<T> {
    try {
      return await use(await this.histories.histories(entityIdParam(journeyId, 'journeyId')));
    } catch (error) {
      if (error instanceof JourneyHistoryNotFoundError) throw new NotFoundException({ code: 'journey_not_found', message: error.message } satisfies ApiErrorBody);
      // A history that lacks events cannot be described truthfully: said so, never shown shortened.
      if (error instanceof IncompleteJourneyHistoryError) throw new ConflictException({ code: 'history_incomplete', message: error.message } satisfies ApiErrorBody);
      throw error;
    }
  }
}
