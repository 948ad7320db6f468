import { BadRequestException, Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { programmeKpis } from '@venskab/domain/kpis';
import type { JourneyPolicy } from '@venskab/domain/journey';
import { Requires } from '../identity/requires.decorator';
import { PROGRAMME_POLICY } from '../journeys/programme-policy.provider';
import { ValidationErrorResponse } from '../openapi/responses';
import { ProgrammeKpisQuery } from './dto/programme-kpis.query';
import { ProgrammeKpisResponse } from './dto/programme-kpis.response';
import { ProgrammeKpisReadModel } from './programme-kpis.read-model';
import type { ApiErrorBody } from '@venskab/domain/shared';

/** The programme's key figures for the steering group: reads the facts, the domain counts them. */
@ApiTags('programme')
@ApiBearerAuth()
@Controller('programme')
export class ProgrammeKpisController {
  constructor(
    private readonly readModel: ProgrammeKpisReadModel,
    @Inject(PROGRAMME_POLICY) private readonly policy: JourneyPolicy,
  ) {}

  @Get('kpis')
  @Requires('programme.kpis')
  @ApiOperation({
    operationId: 'programme.kpis',
    summary: "The programme's success criteria with targets, waiting times and family capacity",
    description:
      'Each criterion counts the outcomes that became known in the period. Parents reporting positive effects, families feeling supported and caseworkers\' judgement are not recorded by the product: status "not_recorded", no numbers.',
  })
  @ApiOkResponse({ type: ProgrammeKpisResponse })
  @ApiBadRequestResponse({ type: ValidationErrorResponse })
  async kpis(@Query() query: ProgrammeKpisQuery): Promise<ProgrammeKpisResponse> {
    const to = query.at ? new Date(query.at).toISOString() : new Date().toISOString();
    const from = query.from ? new Date(query.from).toISOString() : null;
    if (from && Date.parse(from) > Date.parse(to)) {
      throw new BadRequestException({ code: 'validation_failed', message: ['from must not be after at'] } satisfies ApiErrorBody);
    }
    const [journeys, families] = await Promise.all([this.readModel.journeyFacts(query.programme, to), this.readModel.familyFacts()]);
    const clock = { dayLengthMs: this.policy.dayLengthMs, yearDays: this.policy.reviewAtDays };
    return { programme: query.programme ?? null, yearDays: clock.yearDays, ...programmeKpis(journeys, families, { from, to }, clock) };
  }
}
