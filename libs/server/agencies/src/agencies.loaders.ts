import { orderByKeys, RequestContext } from '@lantern/server/core';
import type DataLoader from 'dataloader';
import type { Agency } from './agency.entity';
import type { AgenciesService } from './agencies.service';

/**
 * Agencies by id, used wherever a record points at an agency. A borough's partner agencies are few and every
 * signed-in user may see them, so the first use in a request reads them all, once: a query that reaches agencies by
 * several paths (a group's lead, its members, its actions) costs one statement, whatever its length and whichever
 * agencies its rows name.
 */
export function agencyById(context: RequestContext, service: AgenciesService) {
  const loader: DataLoader<string, Agency | null> = context.loaders.get(
    'agencyById',
    async (ids: readonly string[]) => {
      const agencies = await service.list();
      for (const agency of agencies) loader.prime(agency.id, agency);
      return orderByKeys(ids, agencies, (agency) => agency.id);
    },
  );
  return loader;
}

/** Officers by id, batched per request: used wherever a record names an officer. */
export function officerById(context: RequestContext, service: AgenciesService) {
  return context.loaders.get('officerById', async (ids: readonly string[]) =>
    orderByKeys(ids, await service.officersByIds(context.viewer, ids), (officer) => officer.id),
  );
}
