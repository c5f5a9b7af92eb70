import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { mayAdminister } from '@lantern/shared/domain';
import { QueueName, RequestContext, VIEWER_SOURCE, ViewerSource } from '@lantern/server/core';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * The queues (bull-board) at /admin/queues, for administrators signed in with the usual session cookie; anyone
 * else gets 401 or 403. Jobs hold ids only, so the board shows no personal data.
 */
export function mountQueueDashboard(app: NestExpressApplication): void {
  const viewers = app.get<ViewerSource>(VIEWER_SOURCE);
  const board = new ExpressAdapter();
  board.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: Object.values(QueueName).map(
      (name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name)), { readOnlyMode: name === QueueName.HEARTBEAT }),
    ),
    serverAdapter: board,
    options: { uiConfig: { boardTitle: 'Lantern queues' } },
  });
  const administratorsOnly = async (req: Request, res: Response, next: NextFunction) => {
    try {
      const viewer = await viewers.viewerFor({ req, res, viewer: null } as unknown as RequestContext);
      if (!viewer) res.status(401).json({ code: 'UNAUTHENTICATED', message: 'Sign in to continue.' });
      else if (!mayAdminister(viewer.role))
        res.status(403).json({ code: 'FORBIDDEN', message: 'You do not have access to this.' });
      else next();
    } catch (error) {
      next(error);
    }
  };
  app.use(QUEUE_DASHBOARD_PATH, administratorsOnly, board.getRouter());
}
