import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsISO8601, IsObject, Matches, ValidateNested } from 'class-validator';
import { CHILD_NEEDS } from '@venskab/domain/family';
import { WEEKDAYS } from '@venskab/domain/shared';
import type { ChildNeed, FamilyCommandType } from '@venskab/domain/family';
import { FAMILY_LIMITS } from '@venskab/domain/family/field-limits';
import { AFTER_MATCH, NOTE_SENTIMENTS } from '@venskab/domain/family/vocabulary';
import type { AfterMatch, NoteSentiment } from '@venskab/domain/family/vocabulary';
import type { Weekday } from '@venskab/domain/shared';
import { ENTITY_ID } from '../../common/ids';
import { CoordinatesDto } from '../../common/coordinates.dto';
import { OneOf, OptionalOneOf, OptionalTextField, SomeOf, TextField, TextList, WholeNumber } from '../../common/limited-fields';

/*
 * One class per family command: its fields exactly, with the domain's words and limits. The actor
 * comes from the caller's token. These classes check the shape; the family domain judges the content
 * and refuses with a reason (409).
 */

const { adults, ownChildren, reason } = FAMILY_LIMITS;

export class HouseholdAdultDto {
  @TextField(FAMILY_LIMITS.adultId, { example: 'a1', description: 'Chosen by the coordinator; child certificates name it.' }) adultId: string;
  @TextField(FAMILY_LIMITS.adultName, { example: 'Anna Hansen' }) name: string;
}

export class OwnChildDto {
  @WholeNumber(FAMILY_LIMITS.ownChildAge) age: number;
}

export class RecordHomeVisitDto {
  @TextField(FAMILY_LIMITS.homeVisitText) motivation: string;
  @TextField(FAMILY_LIMITS.homeVisitText) expectations: string;

  @ApiProperty({ type: [HouseholdAdultDto], minItems: adults.minItems, maxItems: adults.maxItems, description: 'Every adult who will be with the child.' })
  @IsArray()
  @ArrayMinSize(adults.minItems)
  @ArrayMaxSize(adults.maxItems)
  @ValidateNested({ each: true })
  @Type(() => HouseholdAdultDto)
  adults: HouseholdAdultDto[];

  @ApiProperty({ type: [OwnChildDto], minItems: ownChildren.minItems, maxItems: ownChildren.maxItems })
  @IsArray()
  @ArrayMinSize(ownChildren.minItems)
  @ArrayMaxSize(ownChildren.maxItems)
  @ValidateNested({ each: true })
  @Type(() => OwnChildDto)
  ownChildren: OwnChildDto[];

  @TextList(FAMILY_LIMITS.pets, { example: ['dog'] }) pets: string[];
  @TextField(FAMILY_LIMITS.homeDistrict, { example: 'Valby' }) homeDistrict: string;

  @ApiProperty({ type: () => CoordinatesDto })
  @IsObject()
  @ValidateNested()
  @Type(() => CoordinatesDto)
  home: CoordinatesDto;

  @SomeOf(WEEKDAYS, FAMILY_LIMITS.weekdaysAvailable) weekdaysAvailable: Weekday[];
  @WholeNumber(FAMILY_LIMITS.capacity, { description: 'How many children can visit at the same time.' }) capacity: number;
  @SomeOf(CHILD_NEEDS, FAMILY_LIMITS.needsAbleToMeet) needsAbleToMeet: ChildNeed[];
  @TextList(FAMILY_LIMITS.interests, { example: ['football'] }) interests: string[];
}

export class RecordChildCertificateDto {
  @TextField(FAMILY_LIMITS.adultId, { example: 'a1' }) adultId: string;
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
  @TextField(reason) reason: string;
}

export class EndMatchDto extends JourneyLinkDto {
  @TextField(reason) reason: string;
  @OneOf(AFTER_MATCH, { description: 'Take a new child, or rest for a while.' }) afterwards: AfterMatch;
}

export class OptionalNoteDto {
  @OptionalTextField(FAMILY_LIMITS.note) note?: string;
}

export class PauseDto extends OptionalNoteDto {}
export class RetireDto extends OptionalNoteDto {}

export class WithdrawDto {
  @TextField(reason) reason: string;
}

export class AddCoordinatorNoteDto {
  @TextField(FAMILY_LIMITS.noteId, { description: 'Chosen by the client, so a retried note is recognised.' }) noteId: string;
  @TextField(FAMILY_LIMITS.noteText) text: string;
  @OptionalOneOf(NOTE_SENTIMENTS) sentiment?: NoteSentiment;
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
