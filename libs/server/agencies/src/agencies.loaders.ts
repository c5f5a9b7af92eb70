import { orderByKeys, RequestContext } from '@lantern/server/core';
import type { AgenciesService } from './agencies.service';

/** Agencies by id, batched per request: used wherever a record points at an agency. */
export function agencyById(context: RequestContext, service: AgenciesService) {
  return context.loaders.get('agencyById', async (ids: readonly string[]) =>
    orderByKeys(ids, await service.agenciesByIds(ids), (agency) => agency.id),
  );
}
