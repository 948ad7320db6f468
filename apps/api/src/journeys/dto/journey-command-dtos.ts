import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { CHILD_NEEDS } from '../../../../../libs/domain/src/family';
import type { ChildNeed } from '../../../../../libs/domain/src/family';
import { CoordinatesDto } from '../../common/coordinates.dto';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
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
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  CLOSURE_REASONS,
  CONCERN_OUTCOMES,
  WEEKDAYS,
  WELLBEING_SCALE_MAX,
  WELLBEING_SCALE_MIN,
} from '../../../../../libs/domain/src/journey';
import type {
  CancelledBy,
  ClosureReason,
  ConcernOutcome,
  ConcernSource,
  ConsentParty,
  FollowUpWith,
  JourneyCommandType,
  MatchSide,
  PauseReason,
  SessionOutcome,
  Weekday,
} from '../../../../../libs/domain/src/journey';
import { closedList } from '../../common/closed-list';
import { ENTITY_ID } from '../../common/ids';

/*
 * One class per journey command: its fields exactly, as a person sends them. The actor is never a
 * field (it comes from the caller's token), and neither is a volunteer family's own family id.
 * These classes check the shape; the domain judges the content (stage, role, rules) and refuses
 * with a reason (409).
 */

const NOTE = 4000;
const REASON = 2000;

export const MATCH_SIDES = closedList<MatchSide>()(['child', 'family']);
export const CANCELLED_BY = closedList<CancelledBy>()(['family', 'child', 'parents']);
export const CONSENT_PARTIES = closedList<ConsentParty>()(['custody_holders', 'child']);
export const CONCERN_SOURCES = closedList<ConcernSource>()(['logbook', 'conversation']);
export const PAUSE_REASONS = closedList<PauseReason>()(['holiday', 'illness', 'other']);
export const SESSION_OUTCOMES = closedList<SessionOutcome>()(['held', 'missed']);
export const FOLLOW_UP_WITH = closedList<FollowUpWith>()(['child', 'parents']);
export const VISIT_OUTCOMES = ['held', 'cancelled'] as const;

const score = { type: 'integer', minimum: WELLBEING_SCALE_MIN, maximum: WELLBEING_SCALE_MAX } as const;

/** The six dimensions of the wellbeing instrument, each a whole number from 1 to 4. */
export class WellbeingMeasurementDto {
  @ApiProperty(score) @IsInt() @Min(WELLBEING_SCALE_MIN) @Max(WELLBEING_SCALE_MAX) psychological: number;
  @ApiProperty(score) @IsInt() @Min(WELLBEING_SCALE_MIN) @Max(WELLBEING_SCALE_MAX) relational: number;
  @ApiProperty(score) @IsInt() @Min(WELLBEING_SCALE_MIN) @Max(WELLBEING_SCALE_MAX) socialCompetences: number;
  @ApiProperty(score) @IsInt() @Min(WELLBEING_SCALE_MIN) @Max(WELLBEING_SCALE_MAX) coping: number;
  @ApiProperty(score) @IsInt() @Min(WELLBEING_SCALE_MIN) @Max(WELLBEING_SCALE_MAX) selfPerception: number;
  @ApiProperty(score) @IsInt() @Min(WELLBEING_SCALE_MIN) @Max(WELLBEING_SCALE_MAX) school: number;
}

/** The concrete agreements of the friendship meeting: the weekday, and who picks up and brings home. */
export class VisitAgreementDto {
  @ApiProperty({ enum: WEEKDAYS }) @IsIn(WEEKDAYS) weekday: Weekday;
  @ApiProperty({ example: 'The family picks up at school at 15:00.' }) @IsString() @Length(1, 500) pickUp: string;
  @ApiProperty({ example: 'The family brings the child home by 19:00.' }) @IsString() @Length(1, 500) return: string;
}

export class WishesToContinueDto {
  @ApiProperty() @IsBoolean() child: boolean;
  @ApiProperty() @IsBoolean() parents: boolean;
  @ApiProperty() @IsBoolean() family: boolean;
}

export class ReviewExperiencesDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(NOTE) child?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(NOTE) parents?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(NOTE) family?: string;
}

/** Commands whose only field is an optional note. */
export class NoteOnlyDto {
  @ApiPropertyOptional({ maxLength: NOTE }) @IsOptional() @IsString() @MaxLength(NOTE) note?: string;
}

export class GiveConsentDto extends NoteOnlyDto {
  @ApiProperty({ type: [String], example: ['Mother', 'Father'], description: 'The custody holders who consented.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  custodyHolders: string[];
}

export class RefuseConsentDto extends NoteOnlyDto {
  @ApiProperty({ enum: CONSENT_PARTIES }) @IsIn(CONSENT_PARTIES) refusedBy: ConsentParty;
}

export class WithdrawConsentDto {
  @ApiProperty({ enum: CONSENT_PARTIES }) @IsIn(CONSENT_PARTIES) withdrawnBy: ConsentParty;
  @ApiProperty() @IsString() @Length(1, REASON) reason: string;
}

/** What matching needs about the child, learnt at the screening visit in the child's home. */
export class ChildMatchingProfileDto {
  @ApiProperty({ example: 'Nørrebro' }) @IsString() @Length(1, 100) homeDistrict: string;

  @ApiProperty({ type: () => CoordinatesDto, description: "The child's home." })
  @IsObject()
  @ValidateNested()
  @Type(() => CoordinatesDto)
  home: CoordinatesDto;

  @ApiProperty({ enum: WEEKDAYS, isArray: true, description: 'The weekdays that suit the child.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @IsIn(WEEKDAYS, { each: true })
  weekdaysPossible: Weekday[];

  @ApiProperty({ enum: CHILD_NEEDS, isArray: true, description: "The child's needs as the codes families answered at their home visit." })
  @IsArray()
  @ArrayMaxSize(CHILD_NEEDS.length)
  @IsIn(CHILD_NEEDS, { each: true })
  needs: ChildNeed[];
}

export class RecordScreeningVisitDto extends NoteOnlyDto {
  @ApiProperty({ type: () => WellbeingMeasurementDto, description: 'The baseline wellbeing measurement.' })
  @IsObject()
  @ValidateNested()
  @Type(() => WellbeingMeasurementDto)
  baseline: WellbeingMeasurementDto;

  @ApiPropertyOptional({
    type: () => ChildMatchingProfileDto,
    description: 'Optional; when given, match suggestions use it and need no home or weekdays in the query.',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ChildMatchingProfileDto)
  matchingProfile?: ChildMatchingProfileDto;
}

export class ProposeMatchDto extends NoteOnlyDto {
  @ApiProperty({ description: 'An approved family (see GET /families?stage=approved and the match suggestions).' })
  @Matches(ENTITY_ID, { message: 'familyId must be a family id (UUID)' })
  familyId: string;
}

export class AcceptMatchDto {
  @ApiProperty({ enum: MATCH_SIDES }) @IsIn(MATCH_SIDES) side: MatchSide;
}

export class DeclineMatchDto {
  @ApiProperty({ enum: MATCH_SIDES }) @IsIn(MATCH_SIDES) side: MatchSide;
  @ApiProperty() @IsString() @Length(1, REASON) reason: string;
}

export class ScheduleFriendshipMeetingDto {
  @ApiProperty({ format: 'date-time', example: '2026-03-10T15:00:00.000Z' }) @IsISO8601({ strict: true }) scheduledFor: string;
}

export class RecordFriendshipMeetingHeldDto extends NoteOnlyDto {
  @ApiProperty({ type: () => VisitAgreementDto })
  @IsObject()
  @ValidateNested()
  @Type(() => VisitAgreementDto)
  agreement: VisitAgreementDto;
}

export class ReasonDto {
  @ApiProperty() @IsString() @Length(1, REASON) reason: string;
}

export class RecordFriendshipMeetingFailedDto extends ReasonDto {}

/** Written by the volunteer family after a visit; the family id comes from the family's account. */
export class WriteLogbookEntryDto {
  @ApiPropertyOptional({ minimum: 1, description: 'The visit week; or give visitDate and the week is derived from it.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  week?: number;

  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsISO8601({ strict: true }) visitDate?: string;
  @ApiProperty({ enum: VISIT_OUTCOMES }) @IsIn(VISIT_OUTCOMES) visit: (typeof VISIT_OUTCOMES)[number];
  @ApiPropertyOptional({ enum: CANCELLED_BY, description: 'Who cancelled, for a cancelled visit.' })
  @IsOptional()
  @IsIn(CANCELLED_BY)
  cancelledBy?: CancelledBy;

  @ApiProperty({ maxLength: NOTE }) @IsString() @MaxLength(NOTE) note: string;
  @ApiProperty({ description: 'Whether something in the visit worries the family (raises a concern).' }) @IsBoolean() concern: boolean;
}

export class PauseVisitsDto extends NoteOnlyDto {
  @ApiProperty({ enum: PAUSE_REASONS }) @IsIn(PAUSE_REASONS) reason: PauseReason;
}

export class ResumeVisitsDto extends NoteOnlyDto {}
export class ScreenLogbooksDto extends NoteOnlyDto {}

export class RecordSupervisionDto extends NoteOnlyDto {
  @ApiProperty({ enum: SESSION_OUTCOMES }) @IsIn(SESSION_OUTCOMES) outcome: SessionOutcome;
  @ApiPropertyOptional({ minimum: 1, description: 'Without it, the earliest session not yet recorded.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  session?: number;
}

export class RecordFollowUpDto extends NoteOnlyDto {
  @ApiProperty({ enum: FOLLOW_UP_WITH }) @IsIn(FOLLOW_UP_WITH) with: FollowUpWith;
  @ApiProperty({ enum: SESSION_OUTCOMES }) @IsIn(SESSION_OUTCOMES) outcome: SessionOutcome;
  @ApiPropertyOptional({ minimum: 1, description: 'Without it, the earliest round not yet recorded for that person.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  round?: number;
}

export class RaiseConcernDto {
  @ApiProperty({ enum: CONCERN_SOURCES }) @IsIn(CONCERN_SOURCES) source: ConcernSource;
  @ApiProperty() @IsString() @Length(1, NOTE) description: string;
}

export class AssessConcernDto {
  @ApiProperty({ example: 'concern:1' }) @IsString() @Length(1, 100) concernId: string;
  @ApiProperty({ enum: CONCERN_OUTCOMES }) @IsIn(CONCERN_OUTCOMES) outcome: ConcernOutcome;
  @ApiProperty() @IsString() @Length(1, NOTE) note: string;
}

export class RecordOneYearReviewDto {
  @ApiProperty({ type: () => WellbeingMeasurementDto, description: 'The after measurement, compared with the baseline.' })
  @IsObject()
  @ValidateNested()
  @Type(() => WellbeingMeasurementDto)
  after: WellbeingMeasurementDto;

  @ApiProperty({ type: () => WishesToContinueDto })
  @IsObject()
  @ValidateNested()
  @Type(() => WishesToContinueDto)
  wishesToContinue: WishesToContinueDto;

  @ApiPropertyOptional({ type: () => ReviewExperiencesDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ReviewExperiencesDto)
  experiences?: ReviewExperiencesDto;
}

export class RecordFutureAgreementDto extends NoteOnlyDto {
  @ApiProperty({ example: 'Visits every second week, the family keeps in touch with the parents.' }) @IsString() @Length(1, REASON) form: string;
}

export class RequestClosureDto extends NoteOnlyDto {
  @ApiProperty({ enum: CLOSURE_REASONS }) @IsIn(CLOSURE_REASONS) reason: ClosureReason;
}

export class RecordGoodbyeDto extends NoteOnlyDto {}
export class OfferRematchDto extends NoteOnlyDto {}
export class AcceptRematchDto extends NoteOnlyDto {}
export class DeclineRematchDto extends NoteOnlyDto {}

export class RecordBridgeBuildingDto {
  @ApiProperty() @IsBoolean() movedOnToOrganisedLeisure: boolean;
  @ApiPropertyOptional({ example: 'Football club' }) @IsOptional() @IsString() @Length(1, 200) activity?: string;
}

export class RecordPostEndMeasurementDto extends NoteOnlyDto {
  @ApiProperty({
    type: () => WellbeingMeasurementDto,
    nullable: true,
    description: "null when the child's family declined or could not be reached.",
  })
  @ValidateIf((dto: RecordPostEndMeasurementDto) => dto.measurement !== null)
  @IsObject()
  @ValidateNested()
  @Type(() => WellbeingMeasurementDto)
  measurement: WellbeingMeasurementDto | null;
}

/** The commands people send to a journey: ReferChild is POST /journeys, FamilyWithdrew comes from the system only. */
export type PersonJourneyCommandType = Exclude<JourneyCommandType, 'ReferChild' | 'FamilyWithdrew'>;

/** Every person's journey command and the class its body must match; the compiler checks none is missing. */
export const JOURNEY_COMMAND_DTOS: Record<PersonJourneyCommandType, new () => object> = {
  GiveConsent: GiveConsentDto,
  RefuseConsent: RefuseConsentDto,
  WithdrawConsent: WithdrawConsentDto,
  RecordScreeningVisit: RecordScreeningVisitDto,
  ProposeMatch: ProposeMatchDto,
  AcceptMatch: AcceptMatchDto,
  DeclineMatch: DeclineMatchDto,
  ScheduleFriendshipMeeting: ScheduleFriendshipMeetingDto,
  RecordFriendshipMeetingHeld: RecordFriendshipMeetingHeldDto,
  RecordFriendshipMeetingFailed: RecordFriendshipMeetingFailedDto,
  WriteLogbookEntry: WriteLogbookEntryDto,
  PauseVisits: PauseVisitsDto,
  ResumeVisits: ResumeVisitsDto,
  ScreenLogbooks: ScreenLogbooksDto,
  RecordSupervision: RecordSupervisionDto,
  RecordFollowUp: RecordFollowUpDto,
  RaiseConcern: RaiseConcernDto,
  AssessConcern: AssessConcernDto,
  RecordOneYearReview: RecordOneYearReviewDto,
  RecordFutureAgreement: RecordFutureAgreementDto,
  RequestClosure: RequestClosureDto,
  RecordGoodbye: RecordGoodbyeDto,
  OfferRematch: OfferRematchDto,
  AcceptRematch: AcceptRematchDto,
  DeclineRematch: DeclineRematchDto,
  RecordBridgeBuilding: RecordBridgeBuildingDto,
  RecordPostEndMeasurement: RecordPostEndMeasurementDto,
};
