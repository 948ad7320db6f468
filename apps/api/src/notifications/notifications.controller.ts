import { BadRequestException, Controller, Get, HttpCode, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { ApiErrorBody } from '@venskab/domain/shared';
import { CurrentActor } from '../identity/actor.decorator';
import type { Identity } from '../identity/identity';
import { Requires } from '../identity/requires.decorator';
import { ErrorResponse } from '../openapi/responses';
import { ListNotificationsQuery } from './dto/list-notifications.query';
import { NotificationPageResponse, UnreadCountResponse } from './notification.responses';
import { NotificationsReadModel, Reader } from './notifications.read-model';

/** Longer than any id the projections write (`<journey or family id>/<position>/<role>`). */
const MAX_NOTIFICATION_ID_LENGTH = 200;

function readerOf(actor: Identity): Reader {
  return { userId: actor.userId, role: actor.role, familyId: actor.familyId };
}

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly readModel: NotificationsReadModel) {}

  @Get()
  @Requires('notifications.read')
  @ApiOperation({ operationId: 'notifications.inbox', summary: "The caller's notifications, newest first" })
  @ApiOkResponse({ type: NotificationPageResponse })
  inbox(@CurrentActor() actor: Identity, @Query() query: ListNotificationsQuery) {
    const unread = query.unread === undefined ? undefined : query.unread === 'true';
    return this.readModel.page(readerOf(actor), { unread, limit: query.limit, offset: query.offset });
  }

  @Get('unread-count')
  @Requires('notifications.read')
  @ApiOperation({ operationId: 'notifications.unreadCount', summary: "How many of the caller's notifications are unread" })
  @ApiOkResponse({ type: UnreadCountResponse })
  async unreadCount(@CurrentActor() actor: Identity) {
    return { unread: await this.readModel.unreadCount(readerOf(actor)) };
  }

  // Declared before ':notificationId/read' so "read-all" is never taken for an id.
  @Post('read-all')
  @HttpCode(204)
  @Requires('notifications.read')
  @ApiOperation({ operationId: 'notifications.readAll', summary: "Mark all the caller's notifications read" })
  @ApiNoContentResponse()
  async readAll(@CurrentActor() actor: Identity): Promise<void> {
    await this.readModel.markAllRead(readerOf(actor));
  }

  @Post(':notificationId/read')
  @HttpCode(204)
  @Requires('notifications.read')
  @ApiOperation({ operationId: 'notifications.read', summary: 'Mark one notification read (for the caller only)' })
  @ApiParam({ name: 'notificationId', description: 'URL-encoded (it contains slashes).' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'No such notification for the caller.' })
  async read(@CurrentActor() actor: Identity, @Param('notificationId') notificationId: string): Promise<void> {
    if (notificationId.length > MAX_NOTIFICATION_ID_LENGTH) {
      throw new BadRequestException({ code: 'validation_failed', message: [`notificationId must be at most ${MAX_NOTIFICATION_ID_LENGTH} characters`] } satisfies ApiErrorBody);
    }
    if (!(await this.readModel.markRead(readerOf(actor), notificationId))) {
      throw new NotFoundException({ code: 'notification_not_found', message: 'You have no such notification.' } satisfies ApiErrorBody);
    }
  }
}
