import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role, Viewer } from '@lantern/shared/domain';
import type { RequestContext } from '../graphql/request-context';

export const ACCESS_KEY = 'lantern:access';
export type AccessRule = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] };

/** Anyone, signed in or not (sign-in itself). */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);
/** Only signed-in users with one of these roles. A handler with neither decorator is refused. */
export const Allow = (...roles: Role[]) => SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies AccessRule);

/** The signed-in user; the guard has already refused the request if there is none. */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const viewer = GqlExecutionContext.create(context).getContext<RequestContext>().viewer;
  if (!viewer) throw new Error('CurrentViewer used on a handler that does not require sign-in');
  return viewer;
});
