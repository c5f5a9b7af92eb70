import type { Request, Response } from 'express';
import type { RequestContext, ViewerSource } from '@lantern/server/core';
import type { Role, Viewer } from '@lantern/shared/domain';

/**
 * The viewer behind a REST request's session cookie (the downloads and the queue dashboard), when their role may use
 * the route. Otherwise it answers 401 or 403, shaped like the API's other errors, and returns null.
 */
export async function allowedViewer(
  viewers: ViewerSource,
  req: Request,
  res: Response,
  allowed: (role: Role) => boolean = () => true,
): Promise<Viewer | null> {
  const viewer = await viewers.viewerFor({ req, res, viewer: null } as unknown as RequestContext);
  if (!viewer) {
    res.status(401).json({ code: 'UNAUTHENTICATED', message: 'Sign in to continue.' });
    return null;
  }
  if (!allowed(viewer.role)) {
    res.status(403).json({ code: 'FORBIDDEN', message: 'You do not have access to this.' });
    return null;
  }
  return viewer;
}
