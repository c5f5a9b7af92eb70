import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { stringify } from 'csv-stringify';
import { AuditEvent, AuditLog, AuditSearch } from '@lantern/server/audit';
import { DomainError, VIEWER_SOURCE, ViewerSource } from '@lantern/server/core';
import { mayAdminister } from '@lantern/shared/domain';
import { allowedViewer } from './rest-viewer';

const COLUMNS = [
  'sequence',
  'occurredAt',
  'action',
  'entityType',
  'entityIds',
  'userId',
  'agencyId',
  'purpose',
  'recipients',
  'details',
  'previousHash',
  'hash',
] as const;

/**
 * `GET /audit/export.csv?userId=&entityId=&action=&from=&to=`: the audit log as CSV, for
 * administrators only, streamed in batches. The export is itself recorded as a disclosure.
 */
@Controller('audit')
export class AuditExportController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(VIEWER_SOURCE) private readonly viewers: ViewerSource,
    private readonly search: AuditSearch,
    private readonly audit: AuditLog,
  ) {}

  @Get('export.csv')
  async export(
    @Req() req: Request,
    @Res() res: Response,
    @Query() query: Record<string, string | undefined>,
  ): Promise<void> {
    const viewer = await allowedViewer(this.viewers, req, res, mayAdminister);
    if (!viewer) return;
    const filter = {
      userId: query['userId'] || null,
      entityId: query['entityId'] || null,
      action: query['action'] || null,
      from: query['from'] ? new Date(query['from']) : null,
      to: query['to'] ? new Date(query['to']) : null,
    };
    if ([filter.from, filter.to].some((date) => date && Number.isNaN(date.getTime()))) {
      res
        .status(400)
        .json({ code: 'BAD_USER_INPUT', message: 'Dates must be like 2026-11-23 or 2026-11-23T09:00:00Z.' });
      return;
    }
    let total: number;
    try {
      total = await this.search.query(filter).getCount();
    } catch (error) {
      if (error instanceof DomainError) {
        res.status(400).json({ code: error.code, message: error.message });
        return;
      }
      throw error;
    }
    await this.db.transaction((manager) =>
      this.audit.record(manager, viewer, {
        action: 'DISCLOSURE',
        entityType: 'audit_event',
        entityIds: [],
        recipients: [viewer.userId],
        purpose: 'Administration: export the audit log',
        details: {
          filter: { ...filter, from: filter.from?.toISOString() ?? null, to: filter.to?.toISOString() ?? null },
          rows: total,
        },
      }),
    );

    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader(
      'content-disposition',
      `attachment; filename="lantern-audit-${new Date().toISOString().slice(0, 10)}.csv"`,
    );
    const csv = stringify({ header: true, columns: [...COLUMNS] });
    csv.pipe(res);
    let before: string | null = null;
    for (;;) {
      const batch = this.search.query(filter).take(1000);
      if (before) batch.andWhere('e.sequence < :before', { before });
      const rows: AuditEvent[] = await batch.getMany();
      for (const row of rows) {
        const written = csv.write({
          ...row,
          occurredAt: row.occurredAt.toISOString(),
          entityIds: row.entityIds.join(' '),
          recipients: row.recipients.join(' '),
          details: JSON.stringify(row.details),
        });
        if (!written) await new Promise((resolve) => csv.once('drain', resolve));
      }
      if (rows.length < 1000) break;
      before = rows[rows.length - 1].sequence;
    }
    csv.end();
  }
}
