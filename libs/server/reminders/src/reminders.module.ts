import { Module } from '@nestjs/common';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/** The API side of reminders: the in-app inbox. Scheduling is `Reminders` (plain functions, in the caller's transaction). */
@Module({ providers: [NotificationsService, NotificationsResolver], exports: [NotificationsService] })
export class RemindersModule {}
