import { Navigate, Outlet, useLocation } from 'react-router';
import { LoadingPage } from '@lantern/web/ui';
import { QueryProblem } from '@lantern/web/graphql';
import { useCurrentUser } from './current-user';
import { signInPathFor } from './return-to';

/** Pages inside this route need a signed-in user; anyone else is sent to sign in, and brought back afterwards. */
export function RequireSignIn() {
  const { user, loading, error } = useCurrentUser();
  const location = useLocation();
  if (loading) return <LoadingPage />;
  if (error && !user) return <QueryProblem error={error} />;
  if (!user) return <Navigate to={signInPathFor(`${location.pathname}${location.search}`)} replace />;
  return <Outlet />;
}
