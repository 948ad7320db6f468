import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Length } from 'class-validator';

export class ProgrammeKpisQuery {
  @ApiPropertyOptional({ description: 'Only the journeys of this programme (e.g. "kbh-venskabsfamilier"); all programmes when left out. Families are counted across programmes.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  programme?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Start of the reporting period; since the programme began when left out.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'The reporting moment (end of the period); now when left out.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  at?: string;
}
