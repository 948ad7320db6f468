import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { MATCHABLE_STAGES } from '@venskab/domain/family';
import type { JourneyState } from '@venskab/domain/journey';
import { suggestMatches } from '@venskab/domain/matching';
import type { ChildProfile, MatchingWeights } from '@venskab/domain/matching';
import type { PlaceGeocoder, PlacedHome } from '@venskab/domain/places';
import type { Weekday } from '@venskab/domain/shared';
import { journeyViewQuery, journeyWorkflowId } from '@venskab/contracts';
import { FamilyReadModel } from '../families/family-read-model';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';
import type { MatchSuggestionsQuery } from './dto/match-suggestions.query';
import { MATCHING_WEIGHTS } from './matching-weights.provider';
import { PLACE_GEOCODER } from './place-geocoder.provider';
import type { ApiErrorBody } from '@venskab/domain/shared';

/**
 * Ranks families for a child waiting in matching. The child comes from the journey's live state (the
 * referral, and the home, weekdays and needs recorded at the screening visit, which the query may
 * override, as it may the referral's interests); the families from their projected candidates,
 * which each family workflow rewrites before it answers a command, so they are as fresh as the last
 * accepted command.
 */
@Injectable()
export class MatchSuggestionsService {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(MATCHING_WEIGHTS) private readonly weights: MatchingWeights,
    @Inject(PLACE_GEOCODER) private readonly geocoder: PlaceGeocoder,
    private readonly families: FamilyReadModel,
  ) {}

  async suggest(journeyId: string, query: MatchSuggestionsQuery) {
    const child = this.childProfile(await this.journeyState(journeyId), query, await this.homeAsked(query));
    const candidates = await this.families.candidatesInStages(MATCHABLE_STAGES);
    return { journeyId, child, ...suggestMatches(child, candidates, this.weights, new Date().toISOString()) };
  }

  private async journeyState(journeyId: string): Promise<JourneyState> {
    try {
      const view = await this.client.workflow.getHandle(journeyWorkflowId(journeyId)).query(journeyViewQuery);
      return view.state;
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) {
        throw new NotFoundException({ code: 'journey_not_found', message: `No journey ${journeyId}.` } satisfies ApiErrorBody);
      }
      throw error;
    }
  }

  /** The home the query gives, as a place (resolved by the geocoder) or as coordinates; undefined when it gives none. */
  private async homeAsked(query: MatchSuggestionsQuery): Promise<PlacedHome | undefined> {
    if (query.place !== undefined) {
      const located = await this.geocoder.locate(query.place);
      if (!located) {
        throw new BadRequestException({ code: 'matching.child_home_unknown', message: `The place ${query.place} could not be located.` } satisfies ApiErrorBody);
      }
      return { placeCode: located.placeCode, lat: located.lat, lon: located.lon };
    }
    return query.lat !== undefined && query.lon !== undefined ? { lat: query.lat, lon: query.lon } : undefined;
  }

  private childProfile(state: JourneyState, query: MatchSuggestionsQuery, homeAsked: PlacedHome | undefined): ChildProfile {
    if (state.stage !== 'matching' || !state.referral) {
      throw new ConflictException({
        code: 'matching.journey_not_waiting',
        message: `Families are suggested for a child waiting in matching; this journey is at "${state.stage}".`,
      } satisfies ApiErrorBody);
    }
    const recorded = state.matchingProfile;
    const home = homeAsked ?? recorded?.home;
    const weekdaysPossible = (query.weekdays as Weekday[] | undefined) ?? recorded?.weekdaysPossible;
    if (!home || !weekdaysPossible) {
      throw new BadRequestException({
        code: 'matching.child_home_unknown',
        message:
          "The child's home and weekdays were not recorded at the screening visit: give place (or lat and lon) and weekdays in the query.",
      } satisfies ApiErrorBody);
    }
    return {
      journeyId: state.journeyId,
      age: state.referral.age,
      needs: query.needs ?? recorded?.needs ?? [],
      interests: query.interests ?? state.referral.interests,
      home,
      weekdaysPossible,
    };
  }
}
