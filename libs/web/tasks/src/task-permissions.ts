import { mayCoordinate, type Role } from '@lantern/shared/domain';

/**
 * Who may move a task on (change its status) and comment on it: coordinating roles, and officers of
 * the agency that owns it. The API checks the same (TasksService.assertMayWorkOn); this only decides
 * which forms to show.
 */
export function mayWorkOnTask(
  user: { role: Role; agencyId: string } | null,
  task: { ownerAgency: { id: string } },
): boolean {
  if (!user) return false;
  return mayCoordinate(user.role) || task.ownerAgency.id === user.agencyId;
}
