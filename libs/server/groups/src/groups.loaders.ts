import { groupByKeys, orderByKeys, RequestContext } from '@lantern/server/core';
import type { GroupsService } from './groups.service';
import type { TasksService } from './tasks.service';

/** The per-request batch loaders of the groups context: one SQL statement per kind per page. */
export function groupLoaders(context: RequestContext, groups: GroupsService) {
  const { loaders, viewer } = context;
  return {
    groups: loaders.get('groupById', async (ids: readonly string[]) =>
      orderByKeys(ids, await groups.groupsByIds(viewer, ids), (group) => group.id),
    ),
    premisesLinks: loaders.get('premisesLinksByGroup', async (ids: readonly string[]) =>
      groupByKeys(ids, await groups.premisesLinksOf(ids), (link) => link.groupId),
    ),
    agencyLinks: loaders.get('agencyLinksByGroup', async (ids: readonly string[]) =>
      groupByKeys(ids, await groups.agencyLinksOf(ids), (link) => link.groupId),
    ),
    officerLinks: loaders.get('officerLinksByGroup', async (ids: readonly string[]) =>
      groupByKeys(ids, await groups.officerLinksOf(ids), (link) => link.groupId),
    ),
    timeline: loaders.get('timelineByGroup', async (ids: readonly string[]) =>
      groupByKeys(ids, await groups.timelineOf(ids), (event) => event.groupId),
    ),
    taskCounts: loaders.get('taskCountsByGroup', async (ids: readonly string[]) =>
      orderByKeys(ids, await groups.taskCountsOf(ids), (row) => row.groupId).map(
        (row) => row ?? { open: 0, overdue: 0 },
      ),
    ),
    users: loaders.get('userSummaryById', async (ids: readonly string[]) =>
      orderByKeys(ids, await groups.usersByIds(ids), (user) => user.id),
    ),
  };
}

export function taskLoaders(context: RequestContext, tasks: TasksService) {
  const { loaders, viewer } = context;
  return {
    tasksOfGroup: loaders.get('tasksByGroup', async (ids: readonly string[]) =>
      groupByKeys(ids, await tasks.tasksOfGroups(viewer, ids), (task) => task.groupId!),
    ),
    comments: loaders.get('commentsByTask', async (ids: readonly string[]) =>
      groupByKeys(ids, await tasks.commentsOf(viewer, ids), (comment) => comment.taskId),
    ),
  };
}
