import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer } from '@lantern/server/core';
import { ROLES } from '@lantern/shared/domain';
import type { Viewer } from '@lantern/shared/domain';
import { NotificationsService } from './notifications.service';
import { NotificationModel } from './notification.types';

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Query(() => [NotificationModel], { description: 'Your notifications, newest first (the latest 100).' })
  @Allow(...ROLES)
  myNotifications(@CurrentViewer() viewer: Viewer) {
    return this.notifications.inbox(viewer);
  }

  @Query(() => Int, { description: 'How many of your notifications you have not read.' })
  @Allow(...ROLES)
  unreadNotificationCount(@CurrentViewer() viewer: Viewer) {
    return this.notifications.unreadCount(viewer);
  }

  @Mutation(() => NotificationModel)
  @Allow(...ROLES)
  markNotificationRead(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: Viewer) {
    return this.notifications.markRead(viewer, id);
  }

  @Mutation(() => Int, { description: 'Marks all your notifications read; how many were unread.' })
  @Allow(...ROLES)
  markAllNotificationsRead(@CurrentViewer() viewer: Viewer) {
    return this.notifications.markAllRead(viewer);
  }
}
