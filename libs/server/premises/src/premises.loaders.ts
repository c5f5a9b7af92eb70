import { groupByKeys, orderByKeys, RequestContext } from '@lantern/server/core';
import type { PremisesService } from './premises.service';

/** The per-request batch loaders of the premises context: one SQL statement per kind per page. */
export function premisesLoaders(context: RequestContext, service: PremisesService) {
  const { loaders, viewer } = context;
  return {
    premises: loaders.get('premisesById', async (ids: readonly string[]) =>
      orderByKeys(ids, await service.premisesByIds(viewer, ids), (p) => p.id),
    ),
    personLinks: loaders.get('personLinksByPremises', async (ids: readonly string[]) =>
      groupByKeys(ids, await service.personLinksOf(viewer, ids), (link) => link.premisesId),
    ),
    premisesLinksOfPerson: loaders.get('premisesLinksByPerson', async (ids: readonly string[]) =>
      groupByKeys(ids, await service.premisesLinksOfPeople(viewer, ids), (link) => link.personId),
    ),
    people: loaders.get('personById', async (ids: readonly string[]) =>
      orderByKeys(ids, await service.peopleByIds(viewer, ids), (p) => p.id),
    ),
    vehicleLinks: loaders.get('vehicleLinksByPremises', async (ids: readonly string[]) =>
      groupByKeys(ids, await service.vehicleLinksOf(ids), (link) => link.premisesId),
    ),
    vehicles: loaders.get('vehicleById', async (ids: readonly string[]) =>
      orderByKeys(ids, await service.vehiclesByIds(viewer, ids), (v) => v.id),
    ),
    businessLinks: loaders.get('businessLinksByPremises', async (ids: readonly string[]) =>
      groupByKeys(ids, await service.businessLinksOf(ids), (link) => link.premisesId),
    ),
    businesses: loaders.get('businessById', async (ids: readonly string[]) =>
      orderByKeys(ids, await service.businessesByIds(ids), (b) => b.id),
    ),
    agencyLinks: loaders.get('agencyLinksByPremises', async (ids: readonly string[]) =>
      groupByKeys(ids, await service.agencyLinksOf(ids), (link) => link.premisesId),
    ),
    associated: loaders.get('associatedPremises', async (ids: readonly string[]) =>
      groupByKeys(ids, await service.associatedPremisesOf(viewer, ids), (row) => row.sourceId),
    ),
  };
}
