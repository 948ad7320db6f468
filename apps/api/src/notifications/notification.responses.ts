import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NOTIFICATION_KINDS } from '@venskab/domain/notifications';
import { REMINDER_KINDS } from '@venskab/domain/journey';

export class NotificationResponse {
  @ApiProperty({ description: 'URL-encode it in paths (it contains slashes).' }) notificationId: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS, description: 'The type of the event it tells of.' }) kind: string;
  @ApiPropertyOptional({ enum: REMINDER_KINDS, description: 'For a reminder: the kind of task it reminds of.' }) reminderKind?: string;
  @ApiPropertyOptional() journeyId?: string;
  @ApiPropertyOptional() familyId?: string;
  @ApiPropertyOptional({ example: 'M.K.' }) childLabel?: string;
  @ApiPropertyOptional({ example: 'Familien Hansen' }) familyName?: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() read: boolean;
}

export class NotificationPageResponse {
  @ApiProperty({ type: [NotificationResponse] }) items: NotificationResponse[];
  @ApiProperty({ description: 'All of the caller’s notifications the filter matches.' }) total: number;
  @ApiProperty({ description: 'All of the caller’s unread notifications.' }) unread: number;
}

export class UnreadCountResponse {
  @ApiProperty() unread: number;
}
