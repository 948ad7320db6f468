import { ApiProperty } from '@nestjs/swagger';
import { KPI_KEYS } from '@venskab/domain/kpis';

/*
 * The shape of GET /programme/kpis (libs/domain/src/kpis/programme-kpis.ts, ProgrammeKpiReport),
 * for the OpenAPI document and the UI's generated types.
 */

export class KpiTargetResponse {
  @ApiProperty({ enum: ['percent', 'children'] }) unit: string;
  @ApiProperty({ example: 80 }) atLeast: number;
}

export class KpiResponse {
  @ApiProperty({ enum: KPI_KEYS }) key: string;
  @ApiProperty({ type: () => KpiTargetResponse }) target: KpiTargetResponse;
  @ApiProperty({ enum: ['met', 'not_met', 'no_data', 'not_recorded'], description: 'no_data: nobody to count yet; not_recorded: the product does not record this.' })
  status: string;
  @ApiProperty({ nullable: true, type: Number, description: 'A share: how many meet the criterion; a count: the count. Null when not recorded.' }) numerator: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'A share: how many are counted. Null for a count or when not recorded.' }) denominator: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Rounded to one decimal; null without a denominator.' }) percent: number | null;
}

export class KpiPeriodResponse {
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'Null: since the programme began.' }) from: string | null;
  @ApiProperty({ format: 'date-time' }) to: string;
}

export class ReviewWishesResponse {
  @ApiProperty({ description: 'One-year reviews held in the period (with a baseline to compare with).' }) reviews: number;
  @ApiProperty() parentsWishToContinue: number;
  @ApiProperty() allWishToContinue: number;
}

export class MatchedInYearResponse {
  @ApiProperty({ example: 2026 }) year: number;
  @ApiProperty({ description: 'Children whose first match was made that year.' }) children: number;
  @ApiProperty({ description: 'Every match made that year, rematches included.' }) matches: number;
}

export class WaitFiguresResponse {
  @ApiProperty() children: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Whole programme days.' }) medianDays: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Whole programme days.' }) longestDays: number | null;
}

export class WaitingTimesResponse {
  @ApiProperty({ type: () => WaitFiguresResponse, description: 'Children waiting for a family at the reporting moment.' }) waitingNow: WaitFiguresResponse;
  @ApiProperty({ type: () => WaitFiguresResponse, description: 'Waits that ended with a match made in the period.' }) matchedInPeriod: WaitFiguresResponse;
}

export class FamilyCapacityResponse {
  @ApiProperty({ description: 'Approved and still in the programme: available, matched or paused.' }) approvedFamilies: number;
  @ApiProperty() pausedFamilies: number;
  @ApiProperty({ description: 'Places of the families that can take a child (not paused).' }) places: number;
  @ApiProperty() freePlaces: number;
  @ApiProperty() familiesWithFreePlace: number;
}

export class ProgrammeKpisResponse {
  @ApiProperty({ nullable: true, type: String, description: 'The programme asked for; null: all programmes.' }) programme: string | null;
  @ApiProperty({ type: () => KpiPeriodResponse }) period: KpiPeriodResponse;
  @ApiProperty({ description: 'Programme days that make "a year" (the one-year review\'s).' }) yearDays: number;
  @ApiProperty({ type: [KpiResponse], description: 'The success criteria of the application, in its order.' }) kpis: KpiResponse[];
  @ApiProperty({ type: () => ReviewWishesResponse }) reviewWishes: ReviewWishesResponse;
  @ApiProperty({ type: [MatchedInYearResponse] }) matchedByYear: MatchedInYearResponse[];
  @ApiProperty({ type: () => WaitingTimesResponse }) waitingTimes: WaitingTimesResponse;
  @ApiProperty({ type: () => FamilyCapacityResponse, description: 'The families as they are now, whatever the period.' }) capacity: FamilyCapacityResponse;
}
