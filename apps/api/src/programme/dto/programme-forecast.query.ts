import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

export class ProgrammeForecastQuery {
  @ApiPropertyOptional({ description: 'Only the journeys of this programme; all programmes when left out. Families are counted across programmes.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  programme?: string;
}
