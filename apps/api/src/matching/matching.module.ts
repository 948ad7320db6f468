import { Module } from '@nestjs/common';
import { FamiliesModule } from '../families/families.module';
import { MatchSuggestionsController } from './match-suggestions.controller';
import { MatchSuggestionsService } from './match-suggestions.service';
import { matchingWeightsProvider } from './matching-weights.provider';
import { placeGeocoderProvider } from './place-geocoder.provider';

@Module({
  imports: [FamiliesModule],
  controllers: [MatchSuggestionsController],
  providers: [MatchSuggestionsService, matchingWeightsProvider, placeGeocoderProvider],
})
export class MatchingModule {}
