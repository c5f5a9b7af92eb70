import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { Viewer } from '@lantern/shared/domain';
import { DomainError, DomainErrorCode } from '../errors/domain-error';
import type { RequestContext } from '../graphql/request-context';
import { ACCESS_KEY, AccessRule } from './access.decorators';

/** Finds who is behind a request (from its session cookie); provided by the identity context. */
export interface ViewerSource {
  viewerFor(context: RequestContext): Promise<Viewer | null>;
}
export const VIEWER_SOURCE = Symbol('VIEWER_SOURCE');

/**
 * Deny by default: every GraphQL query, mutation and nested field must say who may use it
 * (`@Public()` or `@Allow(...roles)`); a handler that says nothing is refused.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(VIEWER_SOURCE) private readonly viewers: ViewerSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() !== 'graphql') return true; // REST routes carry their own checks
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw new DomainError(DomainErrorCode.FORBIDDEN, 'You do not have access to this.');
    if (rule.kind === 'public') return true;

    const requestContext = GqlExecutionContext.create(context).getContext<
      RequestContext & { viewerLoaded?: Promise<Viewer | null> }
    >();
    requestContext.viewerLoaded ??= this.viewers.viewerFor(requestContext).then((viewer) => {
      if (viewer) requestContext.onViewer?.(viewer);
      return viewer;
    });
    const viewer = await requestContext.viewerLoaded;
    requestContext.viewer = viewer;
    if (!viewer)
      throw new DomainError(DomainErrorCode.UNAUTHENTICATED, 'Sign in to continue. Your session may have timed out.');
    if (!rule.roles.includes(viewer.role))
      throw new DomainError(DomainErrorCode.FORBIDDEN, 'You do not have access to this.');
    return true;
  }
}
