import { orderByKeys, RequestContext } from '@lantern/server/core';
import type { AgenciesService } from './agencies.service';

/** Agencies by id, batched per request: used wherever a record points at an agency. */
export function agencyById(context: RequestContext, service: AgenciesService) {
  return context.loaders.get('agencyById', async (ids: readonly string[]) =>
    orderByKeys(ids, await service.agenciesByIds(ids), (agency) => agency.id),
  );
}

/** Officers by id, batched per request: used wherever a record names an officer. */
export function officerById(context: RequestContext, service: AgenciesService) {
  return context.loaders.get('officerById', async (ids: readonly string[]) =>
    orderByKeys(ids, await service.officersByIds(context.viewer, ids), (officer) => officer.id),
  );
}
