import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, DomainErrorCode, Page, pageWindow } from '@lantern/server/core';
import { AuditEvent } from './audit-event.entity';
import { AUDIT_ACTIONS } from './audit.rules';
import type { AuditFilter } from './audit.types';

/** Administrators' search of the audit log, newest first. */
@Injectable()
export class AuditSearch {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  query(filter: AuditFilter) {
    const query = this.db.getRepository(AuditEvent).createQueryBuilder('e');
    if (filter.userId) query.andWhere('e.user_id = :userId', { userId: filter.userId });
    if (filter.entityId) query.andWhere(':entityId = ANY(e.entity_ids)', { entityId: filter.entityId });
    if (filter.action) {
      if (!AUDIT_ACTIONS.includes(filter.action as never)) {
        throw new DomainError(DomainErrorCode.BAD_USER_INPUT, `Action must be one of ${AUDIT_ACTIONS.join(', ')}.`);
      }
      query.andWhere('e.action = :action', { action: filter.action });
    }
    if (filter.from) query.andWhere('e.occurred_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.occurred_at < :to', { to: filter.to });
    return query.orderBy('e.sequence', 'DESC');
  }

  async search(filter: AuditFilter, page: { page: number; pageSize: number }): Promise<Page<AuditEvent>> {
    const { offset, limit } = pageWindow(page);
    const [items, total] = await this.query(filter).skip(offset).take(limit).getManyAndCount();
    return { items, total, page: page.page, pageSize: page.pageSize };
  }
}
