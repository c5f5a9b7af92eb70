import { groupByKeys, orderByKeys, RequestContext } from '@lantern/server/core';
import type { VisitPlanService } from './visit-plan.service';

/** Officers and planned powers belong to one attending agency of one plan. */
export const attendingKey = (visitPlanId: string, agencyId: string) => `${visitPlanId}/${agencyId}`;
const planIdsOf = (keys: readonly string[]) => [...new Set(keys.map((key) => key.split('/')[0]))];

/** The per-request batch loaders of the visits context: one SQL statement per kind per page. */
export function visitLoaders(context: RequestContext, service: VisitPlanService) {
  const { loaders, viewer } = context;
  return {
    agencies: loaders.get('visitAgenciesByPlan', async (ids: readonly string[]) =>
      groupByKeys(ids, await service.agenciesOf(ids), (row) => row.visitPlanId),
    ),
    officers: loaders.get('visitOfficersByAttendingAgency', async (keys: readonly string[]) =>
      groupByKeys(keys, await service.officersOf(planIdsOf(keys)), (row) =>
        attendingKey(row.visitPlanId, row.agencyId),
      ),
    ),
    powers: loaders.get('visitPowersByAttendingAgency', async (keys: readonly string[]) =>
      groupByKeys(keys, await service.powersOf(planIdsOf(keys)), (row) => attendingKey(row.visitPlanId, row.agencyId)),
    ),
    officer: loaders.get('visitOfficerById', async (ids: readonly string[]) =>
      orderByKeys(ids, await service.officersByIds(viewer, ids), (row) => row.id),
    ),
    power: loaders.get('visitPowerById', async (ids: readonly string[]) =>
      orderByKeys(ids, await service.powersByIds(ids), (row) => row.id),
    ),
    lawChecks: loaders.get('visitLawChecksByPlan', async (ids: readonly string[]) =>
      orderByKeys(ids, await service.lawChecksOf(ids), (row) => row.visitPlanId),
    ),
  };
}

/** The visit plans of each group, for the group page and the board. */
export function visitPlansByGroup(context: RequestContext, service: VisitPlanService) {
  return context.loaders.get('visitPlansByGroup', async (groupIds: readonly string[]) =>
    groupByKeys(groupIds, await service.visitPlansOfGroups(context.viewer, groupIds), (plan) => plan.groupId),
  );
}
