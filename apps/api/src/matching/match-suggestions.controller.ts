import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorResponse } from '../openapi/responses';
import { entityIdParam } from '../families/family-id';
import { Requires } from '../identity/requires.decorator';
import { MatchSuggestionsQuery } from './dto/match-suggestions.query';
import { MatchSuggestionsService } from './match-suggestions.service';

/** Suggestions only: the coordinator proposes a match through the journey's commands. */
@ApiTags('matching')
@ApiBearerAuth()
@Controller('journeys')
export class MatchSuggestionsController {
  constructor(private readonly suggestions: MatchSuggestionsService) {}

  @Get(':journeyId/match-suggestions')
  @Requires('matching.suggest')
  @ApiOperation({ operationId: 'matching.suggest', summary: 'Families ranked for a child waiting in matching, and those left out with the reasons' })
  @ApiOkResponse({ schema: { type: 'object', additionalProperties: true, description: 'libs/domain/src/matching (suggestMatches).' } })
  @ApiConflictResponse({ type: ErrorResponse, description: 'The journey is not waiting in matching.' })
  suggest(@Param('journeyId') journeyId: string, @Query() query: MatchSuggestionsQuery) {
    return this.suggestions.suggest(entityIdParam(journeyId, 'journeyId'), query);
  }
}
