import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, Max, Min } from 'class-validator';

/** A home as latitude and longitude (families' and children's homes alike; transport time is estimated from them). */
export class CoordinatesDto {
  @ApiProperty({ minimum: -90, maximum: 90, example: 55.6611 }) @IsNumber() @Min(-90) @Max(90) lat: number;
  @ApiProperty({ minimum: -180, maximum: 180, example: 12.5161 }) @IsNumber() @Min(-180) @Max(180) lon: number;
}
