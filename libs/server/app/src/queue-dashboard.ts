import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { mayAdminister } from '@lantern/shared/domain';
import { QueueName, VIEWER_SOURCE, ViewerSource } from '@lantern/server/core';
import { allowedViewer } from './rest-viewer';

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
      if (await allowedViewer(viewers, req, res, mayAdminister)) next();
    } catch (error) {
      next(error);
    }
  };
  app.use(QUEUE_DASHBOARD_PATH, administratorsOnly, board.getRouter());
}
