import { groupByKeys, orderByKeys, RequestContext } from '@lantern/server/core';
import type { EnforcementActionsService } from './enforcement-actions.service';

/** The per-request batch loaders of the enforcement context: one SQL statement per kind per page. */
export function enforcementLoaders(context: RequestContext, service: EnforcementActionsService) {
  const { loaders, viewer } = context;
  return {
    byPremises: loaders.get('enforcementActionsByPremises', async (ids: readonly string[]) =>
      groupByKeys(ids, await service.actionsOfPremises(viewer, ids), (action) => action.premisesId),
    ),
    byVisit: loaders.get('enforcementActionsByVisit', async (ids: readonly string[]) =>
      groupByKeys(ids, await service.actionsOfVisits(viewer, ids), (action) => action.visitPlanId!),
    ),
    history: loaders.get('enforcementActionHistory', async (ids: readonly string[]) =>
      groupByKeys(ids, await service.historyOf(ids), (change) => change.actionId),
    ),
    power: loaders.get('enforcementPowerById', async (ids: readonly string[]) =>
      orderByKeys(ids, await service.powersByIds(ids), (power) => power.id),
    ),
  };
}
