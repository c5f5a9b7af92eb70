import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { AuditLog } from '@lantern/server/audit';
import { NotFound } from '@lantern/server/core';
import type { Viewer } from '@lantern/shared/domain';
import { Notification } from './notification.entity';

const INBOX_SIZE = 100;

/** Each user's own inbox: nobody reads another's notifications. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /** Audited like any read: a notification's title can name a premises, an address or a person. */
  inbox(viewer: Viewer): Promise<Notification[]> {
    return this.audit.consult(
      this.db,
      viewer,
      { entityType: 'notification', purpose: 'Notifications: your inbox' },
      (manager) =>
        manager.find(Notification, {
          where: { userId: viewer.userId },
          order: { createdAt: 'DESC' },
          take: INBOX_SIZE,
        }),
    );
  }

  unreadCount(viewer: Viewer): Promise<number> {
    return this.db.getRepository(Notification).countBy({ userId: viewer.userId, readAt: IsNull() });
  }

  async markRead(viewer: Viewer, id: string): Promise<Notification> {
    const repository = this.db.getRepository(Notification);
    await repository.update({ id, userId: viewer.userId, readAt: IsNull() }, { readAt: new Date() });
    const notification = await repository.findOneBy({ id, userId: viewer.userId });
    if (!notification) throw new NotFound('The notification');
    return notification;
  }

  async markAllRead(viewer: Viewer): Promise<number> {
    const result = await this.db
      .getRepository(Notification)
      .update({ userId: viewer.userId, readAt: IsNull() }, { readAt: new Date() });
    return result.affected ?? 0;
  }
}
