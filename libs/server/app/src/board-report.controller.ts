import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { AuditLog } from '@lantern/server/audit';
import { DomainError, VIEWER_SOURCE, ViewerSource } from '@lantern/server/core';
import {
  BOARD_REPORT_FORMATS,
  BoardReportFormat,
  boardReportCsv,
  boardReportFileName,
  boardReportPdf,
  BoardReportService,
  boardReportWorkbook,
} from '@lantern/server/reporting';
import { mayReadBoardReports } from '@lantern/shared/domain';
import { allowedViewer } from './rest-viewer';

const CONTENT_TYPES: Record<BoardReportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/**
 * The board report for board papers, from the same report object as the dashboard (so the figures match):
 *
 * - `GET /reports/board.csv?period=&area=&table=` one table as CSV (`figures`, `durations`, or a table's key)
 * - `GET /reports/board.xlsx?period=&area=` every table, one sheet each
 * - `GET /reports/board.pdf?period=&area=` the whole report, A4
 *
 * Cookie-authenticated like the GraphQL API; board members, coordinators, intelligence officers and administrators.
 * Counts only, but each download is recorded in the audit log as a disclosure, with its filters.
 */
@Controller('reports')
export class BoardReportController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(VIEWER_SOURCE) private readonly viewers: ViewerSource,
    private readonly reports: BoardReportService,
    private readonly audit: AuditLog,
  ) {}

  @Get('board.:format')
  async download(
    @Param('format') format: string,
    @Query() query: Record<string, string | undefined>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    res.setHeader('cache-control', 'no-store');
    const viewer = await allowedViewer(this.viewers, req, res, mayReadBoardReports);
    if (!viewer) return;
    if (!(BOARD_REPORT_FORMATS as readonly string[]).includes(format)) {
      res.status(404).json({ code: 'NOT_FOUND', message: 'The report comes as board.csv, board.xlsx or board.pdf.' });
      return;
    }
    const kind = format as BoardReportFormat;
    let report;
    try {
      report = await this.reports.report(query['period'], query['area']);
    } catch (error) {
      if (error instanceof DomainError) {
        res.status(400).json({ code: error.code, message: error.message, fieldErrors: error.fieldErrors });
        return;
      }
      throw error;
    }
    const table = kind === 'csv' ? (query['table'] ?? 'figures') : undefined;
    let body: Buffer | string;
    if (kind === 'csv') {
      const csv = boardReportCsv(report, table!);
      if (csv === null) {
        res.status(404).json({ code: 'NOT_FOUND', message: `The report has no table "${table}".` });
        return;
      }
      body = csv;
    } else {
      body = kind === 'xlsx' ? await boardReportWorkbook(report) : await boardReportPdf(report);
    }
    await this.db.transaction((manager) =>
      this.audit.record(manager, viewer, {
        action: 'DISCLOSURE',
        entityType: 'board_report',
        entityIds: [],
        recipients: [viewer.userId],
        purpose: 'Partnership board: download the outcomes report',
        details: { format: kind, period: report.period.key, area: report.area, table: table ?? null },
      }),
    );
    res.setHeader('content-type', CONTENT_TYPES[kind]);
    res.setHeader('content-disposition', `attachment; filename="${boardReportFileName(report, kind, table)}"`);
    res.send(body);
  }
}
