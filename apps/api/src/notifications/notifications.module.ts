import { Module } from '@nestjs/common';
import { NotificationsController } from './notifications.controller';
import { NotificationsReadModel } from './notifications.read-model';

@Module({
  controllers: [NotificationsController],
  providers: [NotificationsReadModel],
})
export class NotificationsModule {}
