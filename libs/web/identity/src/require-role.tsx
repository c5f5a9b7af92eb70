import { Outlet } from 'react-router';
import type { Role } from '@lantern/shared/domain';
import { AccessDeniedPage } from '@lantern/web/ui';
import { useCurrentUser } from './current-user';

/**
 * Pages inside this route are for some roles only; others see "You do not have access" rather than an error.
 * The API refuses them anyway: this only saves a request and says it plainly.
 */
export function RequireRole({ allowed }: { allowed: (role: Role) => boolean }) {
  const { user } = useCurrentUser();
  if (!user || !allowed(user.role)) return <AccessDeniedPage />;
  return <Outlet />;
}

/** Whether the signed-in user's role passes a rule such as mayEditPremises. */
export function useRoleAllows(rule: (role: Role) => boolean): boolean {
  const { user } = useCurrentUser();
  return user !== null && rule(user.role);
}
