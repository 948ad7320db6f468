import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PERSON_ROLES } from '@venskab/domain/people';

/* The answers of signing in, invitations and people, for the OpenAPI document. */

export class SignedInIdentityResponse {
  @ApiProperty({ example: 'coordinator' }) userId: string;
  @ApiProperty({ enum: PERSON_ROLES }) role: string;
  @ApiProperty({ example: 'Jonas Holm' }) displayName: string;
  @ApiPropertyOptional({ description: "A volunteer family's adult: the family." }) familyId?: string;
  @ApiPropertyOptional({ type: [String], description: "A parent: the journeys of the person's children." }) journeyIds?: string[];
}

export class SignedInResponse {
  @ApiProperty() accessToken: string;
  @ApiProperty({ example: 'Bearer' }) tokenType: string;
  @ApiProperty({ format: 'date-time', description: 'The sign-in ends then (8 hours).' }) expiresAt: string;
  @ApiProperty({ type: () => SignedInIdentityResponse }) identity: SignedInIdentityResponse;
}

export class TooManyAttemptsResponse {
  @ApiProperty({ example: 'too_many_attempts' }) code: string;
  @ApiProperty() message: string;
  @ApiProperty({ example: 540 }) retryAfterSeconds: number;
}

export class InvitationResponse {
  @ApiProperty({ example: 'Maria Jensen' }) displayName: string;
  @ApiProperty({ enum: PERSON_ROLES }) role: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class PersonInvitedResponse {
  @ApiProperty() personId: string;
  @ApiProperty({ nullable: true, type: String, example: 'https://venskab.example/invitation#Qm9…', description: 'Shown once; null when no new invitation was needed.' })
  invitationUrl: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) expiresAt: string | null;
  @ApiProperty({ description: 'Whether the link was e-mailed to the person.' }) emailed: boolean;
}

export class PersonResponse {
  @ApiProperty() personId: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: PERSON_ROLES }) role: string;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ nullable: true, type: String }) unit: string | null;
  @ApiProperty({ nullable: true, type: String }) familyId: string | null;
  @ApiProperty({ type: [String] }) journeyIds: string[];
  @ApiProperty() active: boolean;
  @ApiProperty({ description: 'Whether the person has chosen a password (accepted an invitation).' }) hasPassword: boolean;
  @ApiProperty({ description: 'An unused invitation that has not expired exists.' }) invitationPending: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) invitationExpiresAt: string | null;
}

export class PeopleListResponse {
  @ApiProperty({ type: [PersonResponse] }) items: PersonResponse[];
}
