import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CHILD_NEEDS } from '../../../../../libs/domain/src/family';
import { WEEKDAYS } from '../../../../../libs/domain/src/shared';
import type { AfterMatch, ChildNeed, FamilyCommandType, NoteSentiment } from '../../../../../libs/domain/src/family';
import type { Weekday } from '../../../../../libs/domain/src/shared';
import { closedList } from '../../common/closed-list';
import { ENTITY_ID } from '../../common/ids';
import { CoordinatesDto } from '../../common/coordinates.dto';

/*
 * One class per family command: its fields exactly. The actor comes from the caller's token. These
 * classes check the shape; the family domain judges the content and refuses with a reason (409).
 */

const TEXT = 4000;
const REASON = 2000;

export const AFTER_MATCH = closedList<AfterMatch>()(['available', 'paused']);
export const NOTE_SENTIMENTS = closedList<NoteSentiment>()(['positive', 'neutral', 'negative']);

export class HouseholdAdultDto {
  @ApiProperty({ example: 'a1', description: 'Chosen by the coordinator; child certificates name it.' }) @IsString() @Length(1, 100) adultId: string;
  @ApiProperty({ example: 'Anna Hansen' }) @IsString() @Length(1, 200) name: string;
}

export class OwnChildDto {
  @ApiProperty({ minimum: 0, maximum: 30 }) @IsInt() @Min(0) @Max(30) age: number;
}

export class RecordHomeVisitDto {
  @ApiProperty() @IsString() @Length(1, TEXT) motivation: string;
  @ApiProperty() @IsString() @Length(1, TEXT) expectations: string;

  @ApiProperty({ type: [HouseholdAdultDto], description: 'Every adult who will be with the child.' })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => HouseholdAdultDto)
  adults: HouseholdAdultDto[];

  @ApiProperty({ type: [OwnChildDto] })
  @IsArray()
  @ArrayMaxSize(15)
  @ValidateNested({ each: true })
  @Type(() => OwnChildDto)
  ownChildren: OwnChildDto[];

  @ApiProperty({ type: [String], example: ['dog'] }) @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @Length(1, 60, { each: true }) pets: string[];
  @ApiProperty({ example: 'Valby' }) @IsString() @Length(1, 100) homeDistrict: string;

  @ApiProperty({ type: () => CoordinatesDto })
  @IsObject()
  @ValidateNested()
  @Type(() => CoordinatesDto)
  home: CoordinatesDto;

  @ApiProperty({ enum: WEEKDAYS, isArray: true }) @IsArray() @ArrayMaxSize(7) @IsIn(WEEKDAYS, { each: true }) weekdaysAvailable: Weekday[];
  @ApiProperty({ minimum: 1, maximum: 10, description: 'How many children can visit at the same time.' }) @IsInt() @Min(1) @Max(10) capacity: number;
  @ApiProperty({ enum: CHILD_NEEDS, isArray: true }) @IsArray() @IsIn(CHILD_NEEDS, { each: true }) needsAbleToMeet: ChildNeed[];
  @ApiProperty({ type: [String], example: ['football'] }) @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @Length(1, 60, { each: true }) interests: string[];
}

export class RecordChildCertificateDto {
  @ApiProperty({ example: 'a1' }) @IsString() @Length(1, 100) adultId: string;
  @ApiProperty({ format: 'date-time', example: '2025-01-02T00:00:00.000Z' }) @IsISO8601({ strict: true }) issuedOn: string;
}

/** Commands without fields. */
export class NoFieldsDto {}
export class CompleteTrainingDto extends NoFieldsDto {}
export class ApproveDto extends NoFieldsDto {}
export class ResumeDto extends NoFieldsDto {}

export class JourneyLinkDto {
  @ApiProperty({ description: "The child's journey." }) @Matches(ENTITY_ID, { message: 'journeyId must be a journey id (UUID)' }) journeyId: string;
}

export class ReserveForJourneyDto extends JourneyLinkDto {}
export class ConfirmMatchDto extends JourneyLinkDto {}

export class ReleaseReservationDto extends JourneyLinkDto {
  @ApiProperty() @IsString() @Length(1, REASON) reason: string;
}

export class EndMatchDto extends JourneyLinkDto {
  @ApiProperty() @IsString() @Length(1, REASON) reason: string;
  @ApiProperty({ enum: AFTER_MATCH, description: 'Take a new child, or rest for a while.' }) @IsIn(AFTER_MATCH) afterwards: AfterMatch;
}

export class OptionalNoteDto {
  @ApiPropertyOptional({ maxLength: TEXT }) @IsOptional() @IsString() @MaxLength(TEXT) note?: string;
}

export class PauseDto extends OptionalNoteDto {}
export class RetireDto extends OptionalNoteDto {}

export class WithdrawDto {
  @ApiProperty() @IsString() @Length(1, REASON) reason: string;
}

export class AddCoordinatorNoteDto {
  @ApiProperty({ description: 'Chosen by the client, so a retried note is recognised.' }) @IsString() @Length(1, 100) noteId: string;
  @ApiProperty() @IsString() @Length(1, TEXT) text: string;
  @ApiPropertyOptional({ enum: NOTE_SENTIMENTS }) @IsOptional() @IsIn(NOTE_SENTIMENTS) sentiment?: NoteSentiment;
}

/** Every family command except the application (POST /families), and the class its body must match. */
export const FAMILY_COMMAND_DTOS: Record<Exclude<FamilyCommandType, 'ApplyAsFamily'>, new () => object> = {
  RecordHomeVisit: RecordHomeVisitDto,
  RecordChildCertificate: RecordChildCertificateDto,
  CompleteTraining: CompleteTrainingDto,
  Approve: ApproveDto,
  ReserveForJourney: ReserveForJourneyDto,
  ReleaseReservation: ReleaseReservationDto,
  ConfirmMatch: ConfirmMatchDto,
  EndMatch: EndMatchDto,
  Pause: PauseDto,
  Resume: ResumeDto,
  Retire: RetireDto,
  Withdraw: WithdrawDto,
  AddCoordinatorNote: AddCoordinatorNoteDto,
};
