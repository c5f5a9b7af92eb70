import { join } from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';

/**
 * Vite names each script and stylesheet by its content: a browser may keep them for good. The page itself
 * (index.html) and the GOV.UK fonts and images (fixed names) are checked every time. A precompressed copy (.br,
 * .gz) is cached as its original is.
 */
export function webCacheControl(path: string): string {
  return /[\\/]assets[\\/][^\\/]+-[\w-]{8}\.(js|css)(\.br|\.gz)?$/.test(path)
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';
}

/**
 * The web app's /assets as compressed at build time (Brotli where the browser takes it, else gzip), so no script
 * or stylesheet is compressed again on each request. Anything without a precompressed copy falls through.
 */
export function precompressedAssets(webDistPath: string) {
  return expressStaticGzip(join(webDistPath, 'assets'), {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: {
      setHeaders: (res: { setHeader(name: string, value: string): void }, path: string) =>
        res.setHeader('Cache-Control', webCacheControl(path)),
    },
  });
}

/** The build's source maps are not for browsers: the web app's source is nobody's business but its developers'. */
export function withholdSourceMaps(req: Request, res: Response, next: NextFunction): void {
  if (req.path.endsWith('.map')) res.status(404).end();
  else next();
}
