import 'reflect-metadata';
import type { LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import type { NextFunction, Request, Response } from 'express';
import type { AppConfig } from '@lantern/server/core';
import { AppModule } from './app.module';
import { mountQueueDashboard, QUEUE_DASHBOARD_PATH } from './queue-dashboard';
import { precompressedAssets, withholdSourceMaps } from './web-assets';

/** Builds the API application (used by main.ts and by the integration and browser tests). */
export async function createApiApp(
  config: AppConfig,
  options: { logger?: false | LoggerService } = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: options.logger ?? ['error', 'warn', 'log'],
  });
  app.set('trust proxy', 'loopback');
  // No ETag from Express: it hashed every GraphQL answer (POSTs, never revalidated). Static files keep serve-static's.
  app.set('etag', false);
  const strict = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
      },
    },
  });
  // bull-board's page needs its own inline styles and scripts; the rest of the app keeps the strict policy.
  const dashboard = helmet({ contentSecurityPolicy: false });
  app.use((req: Request, res: Response, next: NextFunction) =>
    (req.path.startsWith(QUEUE_DASHBOARD_PATH) ? dashboard : strict)(req, res, next),
  );
  // Scripts and styles travel as compressed at build time; GraphQL answers and the page are gzipped as they go: a
  // tenth of the bytes on an officer's phone.
  if (config.webDistPath) app.use('/assets', withholdSourceMaps, precompressedAssets(config.webDistPath));
  app.use(compression());
  app.use(cookieParser());
  mountQueueDashboard(app);
  app.enableShutdownHooks();
  return app;
}
