import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError, DomainErrorCode, VIEWER_SOURCE, ViewerSource } from '@lantern/server/core';
import {
  BRIEFING_PAGE_CSP,
  briefingFileName,
  BriefingFormat,
  BriefingPack,
  BriefingPackService,
  renderBriefingPage,
  renderBriefingPdf,
  renderVisitInvite,
} from '@lantern/server/visits';
import { allowedViewer } from './rest-viewer';

interface Download {
  body: Buffer | string;
  contentType: string;
  fileName?: string;
  contentSecurityPolicy?: string;
}

/**
 * A visit plan's briefing pack, downloaded by the officers who attend: as a PDF, a printable page and a
 * calendar invite. Cookie-authenticated like the GraphQL API; each download is recorded as a disclosure.
 *
 * - `GET /visits/:id/briefing.pdf`
 * - `GET /visits/:id/briefing.html`
 * - `GET /visits/:id/invite.ics`
 *
 * 401 without a session; 404 when the plan does not exist, the id is malformed or the viewer may not
 * see it (never revealing which).
 */
@Controller('visits')
export class VisitBriefingController {
  constructor(
    @Inject(VIEWER_SOURCE) private readonly viewers: ViewerSource,
    private readonly packs: BriefingPackService,
  ) {}

  @Get(':id/briefing.pdf')
  pdf(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.send(req, res, id, 'PDF', async (pack) => ({
      body: await renderBriefingPdf(pack),
      contentType: 'application/pdf',
      fileName: briefingFileName('pdf', pack.plan.startsAt),
    }));
  }

  @Get(':id/briefing.html')
  page(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.send(req, res, id, 'PAGE', (pack) => ({
      body: renderBriefingPage(pack, { pdf: 'briefing.pdf', invite: 'invite.ics' }),
      contentType: 'text/html; charset=utf-8',
      // The API's policy refuses inline styles; this one allows the page's own stylesheet, by hash, and nothing else.
      contentSecurityPolicy: BRIEFING_PAGE_CSP,
    }));
  }

  @Get(':id/invite.ics')
  invite(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.send(req, res, id, 'INVITE', (pack) => {
      const status = pack.plan.status === 'CANCELLED' ? 'CANCEL' : 'REQUEST';
      return {
        body: renderVisitInvite(pack, {
          briefingUrl: `${req.protocol}://${req.get('host')}/visits/${pack.plan.id}/briefing.html`,
        }),
        contentType: `text/calendar; charset=utf-8; method=${status}`,
        fileName: briefingFileName('ics', pack.plan.startsAt),
      };
    });
  }

  private async send(
    req: Request,
    res: Response,
    id: string,
    format: BriefingFormat,
    render: (pack: BriefingPack) => Download | Promise<Download>,
  ): Promise<void> {
    res.setHeader('cache-control', 'no-store');
    const viewer = await allowedViewer(this.viewers, req, res);
    if (!viewer) return;
    let download: Download;
    try {
      download = await this.packs.disclose(viewer, id, format, render);
    } catch (error) {
      if (error instanceof DomainError && error.code === DomainErrorCode.NOT_FOUND) {
        res.status(404).json({ code: error.code, message: error.message });
        return;
      }
      throw error;
    }
    res.setHeader('content-type', download.contentType);
    if (download.contentSecurityPolicy) res.setHeader('content-security-policy', download.contentSecurityPolicy);
    if (download.fileName) res.setHeader('content-disposition', `attachment; filename="${download.fileName}"`);
    res.send(download.body);
  }
}
