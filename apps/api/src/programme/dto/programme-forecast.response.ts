import { ApiProperty } from '@nestjs/swagger';

/* The shape of GET /programme/forecast (libs/domain/src/forecast/waiting-forecast.ts, WaitingForecast). */

export class ForecastBandResponse {
  @ApiProperty({ description: '10th percentile over the simulated futures.' }) p10: number;
  @ApiProperty({ description: 'Median over the simulated futures.' }) p50: number;
  @ApiProperty({ description: '90th percentile over the simulated futures.' }) p90: number;
}

export class ForecastMonthResponse {
  @ApiProperty({ example: 1, description: 'Months from now (of 30 programme days).' }) month: number;
  @ApiProperty({ type: () => ForecastBandResponse, description: 'Children waiting for a family at the end of the month.' }) childrenWaiting: ForecastBandResponse;
  @ApiProperty({ type: () => ForecastBandResponse, description: 'Median days waited so far by the children waiting at the end of the month.' }) waitDays: ForecastBandResponse;
}

export class ProgrammeForecastResponse {
  @ApiProperty({ nullable: true, type: String }) programme: string | null;
  @ApiProperty({ format: 'date-time', description: 'The moment the forecast starts from.' }) asOf: string;
  @ApiProperty({ enum: ['programme', 'starting_rates'], description: "programme: the programme's own rates over the last year; starting_rates: too little history, the seeds' rates." })
  rates: string;
  @ApiProperty({ description: 'Children waiting for a family now.' }) childrenWaitingNow: number;
  @ApiProperty({ description: 'Free places of approved families now.' }) freePlacesNow: number;
  @ApiProperty({ description: "The programme's target for the median wait, in days." }) targetMedianWaitDays: number;
  @ApiProperty({ description: 'Expected median wait, in days, of the children who wait over the forecast period.' }) medianWaitDays: number;
  @ApiProperty({ nullable: true, type: Number, description: 'More approved families (one place each, from now) that keep the median wait at or under the target; null: more than the forecast looks for.' })
  extraFamiliesForTarget: number | null;
  @ApiProperty({ type: () => [ForecastMonthResponse] }) months: ForecastMonthResponse[];
}
