import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { CHILD_NEEDS } from '@venskab/domain/family';
import type { ChildNeed } from '@venskab/domain/family';
import { CoordinatesDto } from '../../common/coordinates.dto';
import { IsBoolean, IsISO8601, IsObject, Matches, ValidateIf, ValidateNested } from 'class-validator';
import {
  CANCELLED_BY,
  CLOSURE_REASONS,
  CONCERN_OUTCOMES,
  CONCERN_SOURCES,
  CONSENT_PARTIES,
  FOLLOW_UP_WITH,
  MATCH_SIDES,
  PAUSE_REASONS,
  SESSION_OUTCOMES,
  VISIT_OUTCOMES,
  WEEKDAYS,
} from '@venskab/domain/journey';
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
  VisitOutcome,
  Weekday,
} from '@venskab/domain/journey';
import { JOURNEY_LIMITS } from '@venskab/domain/journey/field-limits';
import { ENTITY_ID } from '../../common/ids';
import {
  MayBeLeftOut,
  OneOf,
  OptionalOneOf,
  OptionalTextField,
  OptionalWholeNumber,
  SomeOf,
  TextField,
  TextList,
  WholeNumber,
} from '../../common/limited-fields';

/*
 * One class per journey command: its fields exactly, as a person sends them. The actor is never a
 * field (it comes from the caller's token), and neither is a volunteer family's own family id.
 * These classes check the shape, with the domain's words and limits; the domain judges the content
 * (stage, role, rules) and refuses with a reason (409).
 */

const { note, logbookNote, concernText, reason, wellbeingScore } = JOURNEY_LIMITS;

/** The six dimensions of the wellbeing instrument, each a whole number on the instrument's scale. */
export class WellbeingMeasurementDto {
  @WholeNumber(wellbeingScore) psychological: number;
  @WholeNumber(wellbeingScore) relational: number;
  @WholeNumber(wellbeingScore) socialCompetences: number;
  @WholeNumber(wellbeingScore) coping: number;
  @WholeNumber(wellbeingScore) selfPerception: number;
  @WholeNumber(wellbeingScore) school: number;
}

/** The concrete agreements of the friendship meeting: the weekday, and who picks up and brings home. */
export class VisitAgreementDto {
  @OneOf(WEEKDAYS) weekday: Weekday;
  @TextField(JOURNEY_LIMITS.arrangement, { example: 'The family picks up at school at 15:00.' }) pickUp: string;
  @TextField(JOURNEY_LIMITS.arrangement, { example: 'The family brings the child home by 19:00.' }) return: string;
}

export class WishesToContinueDto {
  @ApiProperty() @IsBoolean() child: boolean;
  @ApiProperty() @IsBoolean() parents: boolean;
  @ApiProperty() @IsBoolean() family: boolean;
}

export class ReviewExperiencesDto {
  @OptionalTextField(note) child?: string;
  @OptionalTextField(note) parents?: string;
  @OptionalTextField(note) family?: string;
}

/** Commands whose only field is an optional note. */
export class NoteOnlyDto {
  @OptionalTextField(note) note?: string;
}

export class GiveConsentDto extends NoteOnlyDto {
  @TextList(JOURNEY_LIMITS.custodyHolders, { example: ['Mother', 'Father'], description: 'The custody holders who consented.' })
  custodyHolders: string[];
}

export class RefuseConsentDto extends NoteOnlyDto {
  @OneOf(CONSENT_PARTIES) refusedBy: ConsentParty;
}

export class WithdrawConsentDto {
  @OneOf(CONSENT_PARTIES) withdrawnBy: ConsentParty;
  @TextField(reason) reason: string;
}

/** What matching needs about the child, learnt at the screening visit in the child's home. */
export class ChildMatchingProfileDto {
  @TextField(JOURNEY_LIMITS.homeDistrict, { example: 'Nørrebro' }) homeDistrict: string;

  @ApiProperty({ type: () => CoordinatesDto, description: "The child's home." })
  @IsObject()
  @ValidateNested()
  @Type(() => CoordinatesDto)
  home: CoordinatesDto;

  @SomeOf(WEEKDAYS, JOURNEY_LIMITS.weekdaysPossible, { description: 'The weekdays that suit the child.' })
  weekdaysPossible: Weekday[];

  @SomeOf(CHILD_NEEDS, JOURNEY_LIMITS.needs, { description: "The child's needs as the codes families answered at their home visit." })
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
  @MayBeLeftOut()
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
  @OneOf(MATCH_SIDES) side: MatchSide;
}

export class DeclineMatchDto {
  @OneOf(MATCH_SIDES) side: MatchSide;
  @TextField(reason) reason: string;
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
  @TextField(reason) reason: string;
}

export class RecordFriendshipMeetingFailedDto extends ReasonDto {}

/** Written by the volunteer family after a visit; the family id comes from the family's account. */
export class WriteLogbookEntryDto {
  @OptionalWholeNumber(JOURNEY_LIMITS.visitWeek, { description: 'The visit week; or give visitDate and the week is derived from it.' })
  week?: number;

  @ApiPropertyOptional({ format: 'date-time' }) @MayBeLeftOut() @IsISO8601({ strict: true }) visitDate?: string;
  @OneOf(VISIT_OUTCOMES) visit: VisitOutcome;
  @OptionalOneOf(CANCELLED_BY, { description: 'Who cancelled, for a cancelled visit.' }) cancelledBy?: CancelledBy;
  @TextField(logbookNote) note: string;
  @ApiProperty({ description: 'Whether something in the visit worries the family (raises a concern).' }) @IsBoolean() concern: boolean;
}

export class PauseVisitsDto extends NoteOnlyDto {
  @OneOf(PAUSE_REASONS) reason: PauseReason;
}

export class ResumeVisitsDto extends NoteOnlyDto {}
export class ScreenLogbooksDto extends NoteOnlyDto {}

export class RecordSupervisionDto extends NoteOnlyDto {
  @OneOf(SESSION_OUTCOMES) outcome: SessionOutcome;
  @OptionalWholeNumber(JOURNEY_LIMITS.supervisionSession, { description: 'Without it, the earliest session not yet recorded.' })
  session?: number;
}

export class RecordFollowUpDto extends NoteOnlyDto {
  @OneOf(FOLLOW_UP_WITH) with: FollowUpWith;
  @OneOf(SESSION_OUTCOMES) outcome: SessionOutcome;
  @OptionalWholeNumber(JOURNEY_LIMITS.followUpRound, { description: 'Without it, the earliest round not yet recorded for that person.' })
  round?: number;
}

export class RaiseConcernDto {
  @OneOf(CONCERN_SOURCES) source: ConcernSource;
  @TextField(concernText) description: string;
}

export class AssessConcernDto {
  @TextField(JOURNEY_LIMITS.concernId, { example: 'concern:1' }) concernId: string;
  @OneOf(CONCERN_OUTCOMES) outcome: ConcernOutcome;
  @TextField(concernText) note: string;
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
  @MayBeLeftOut()
  @IsObject()
  @ValidateNested()
  @Type(() => ReviewExperiencesDto)
  experiences?: ReviewExperiencesDto;
}

export class RecordFutureAgreementDto extends NoteOnlyDto {
  @TextField(reason, { example: 'Visits every second week, the family keeps in touch with the parents.' }) form: string;
}

export class RequestClosureDto extends NoteOnlyDto {
  @OneOf(CLOSURE_REASONS) reason: ClosureReason;
}

export class RecordGoodbyeDto extends NoteOnlyDto {}
export class OfferRematchDto extends NoteOnlyDto {}
export class AcceptRematchDto extends NoteOnlyDto {}
export class DeclineRematchDto extends NoteOnlyDto {}

export class RecordBridgeBuildingDto {
  @ApiProperty() @IsBoolean() movedOnToOrganisedLeisure: boolean;
  @OptionalTextField(JOURNEY_LIMITS.activity, { example: 'Football club' }) activity?: string;
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
