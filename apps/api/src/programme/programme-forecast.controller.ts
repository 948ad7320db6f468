import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DEFAULT_FORECAST_OPTIONS, forecastWaiting, waitingSituation } from '@venskab/domain/forecast';
import type { JourneyPolicy } from '@venskab/domain/journey';
import { Requires } from '../identity/requires.decorator';
import { PROGRAMME_POLICY } from '../journeys/programme-policy.provider';
import { ValidationErrorResponse } from '../openapi/responses';
import { ProgrammeForecastQuery } from './dto/programme-forecast.query';
import { ProgrammeForecastResponse } from './dto/programme-forecast.response';
import { ProgrammeForecastReadModel } from './programme-forecast.read-model';
import { ProgrammeKpisReadModel } from './programme-kpis.read-model';

/** The futures are many simulations; the waiting list changes slowly, so one forecast serves a quarter of an hour. */
const FORECAST_KEPT_MS = 15 * 60_000;

/** The waiting list's likely next year, for the steering group: reads the facts, the domain simulates. */
@ApiTags('programme')
@ApiBearerAuth()
@Controller('programme')
export class ProgrammeForecastController {
  private readonly recent = new Map<string, { madeAt: number; forecast: ProgrammeForecastResponse }>();

  constructor(
    private readonly kpiFacts: ProgrammeKpisReadModel,
    private readonly families: ProgrammeForecastReadModel,
    @Inject(PROGRAMME_POLICY) private readonly policy: JourneyPolicy,
  ) {}

  @Get('forecast')
  @Requires('programme.kpis')
  @ApiOperation({
    operationId: 'programme.forecast',
    summary: 'Children waiting and their waits over the next 12 months, with a 10th–90th percentile band, and the families that would keep the median wait at the target',
    description: "Seeded simulations of the waiting list from today's waiting children and free places, at the programme's own rates over the last year (the seeds' while it has under 90 days of history). Kept for 15 minutes.",
  })
  @ApiOkResponse({ type: ProgrammeForecastResponse })
  @ApiBadRequestResponse({ type: ValidationErrorResponse })
  async forecast(@Query() query: ProgrammeForecastQuery): Promise<ProgrammeForecastResponse> {
    const key = query.programme ?? '';
    const kept = this.recent.get(key);
    if (kept && Date.now() - kept.madeAt < FORECAST_KEPT_MS) return kept.forecast;
    const asOf = new Date().toISOString();
    const [journeys, families] = await Promise.all([this.kpiFacts.journeyFacts(query.programme, asOf), this.families.familyPlaces()]);
    const clock = { dayLengthMs: this.policy.dayLengthMs, yearDays: this.policy.reviewAtDays };
    const { situation, rates } = waitingSituation(journeys, families, asOf, clock);
    const forecast: ProgrammeForecastResponse = {
      programme: query.programme ?? null,
      asOf,
      rates,
      childrenWaitingNow: situation.waitingDays.length,
      freePlacesNow: situation.freePlaces,
      targetMedianWaitDays: DEFAULT_FORECAST_OPTIONS.targetMedianWaitDays,
      ...forecastWaiting(situation, DEFAULT_FORECAST_OPTIONS),
    };
    this.recent.set(key, { madeAt: Date.now(), forecast });
    return forecast;
  }
}
