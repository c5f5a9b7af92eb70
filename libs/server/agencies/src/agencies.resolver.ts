import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer, groupByKeys, RequestContext } from '@lantern/server/core';
import { ROLES, ROLES_SEEING_PERSONAL_DATA, Viewer } from '@lantern/shared/domain';
import { AgenciesService } from './agencies.service';
import { agencyById } from './agencies.loaders';
import { AgencyInput, AgencyModel, OfficerInput, OfficerModel } from './agency.types';

@Resolver(() => AgencyModel)
export class AgenciesResolver {
  constructor(private readonly service: AgenciesService) {}

  @Query(() => [AgencyModel], { description: 'Every agency, by name.' })
  @Allow(...ROLES)
  agencies() {
    return this.service.list();
  }

  @Query(() => AgencyModel)
  @Allow(...ROLES)
  agency(@Args('id', { type: () => ID }) id: string) {
    return this.service.get(id);
  }

  @ResolveField(() => [OfficerModel])
  @Allow(...ROLES_SEEING_PERSONAL_DATA)
  officers(@Parent() agency: AgencyModel, @Context() context: RequestContext) {
    return context.loaders
      .get('officersByAgency', async (ids: readonly string[]) =>
        groupByKeys(ids, await this.service.officersOfAgencies(context.viewer, ids), (officer) => officer.agencyId),
      )
      .load(agency.id);
  }

  @Mutation(() => AgencyModel)
  @Allow('ADMINISTRATOR')
  createAgency(@Args('input') input: AgencyInput) {
    return this.service.create(input);
  }

  @Mutation(() => AgencyModel)
  @Allow('ADMINISTRATOR')
  updateAgency(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: AgencyInput,
  ) {
    return this.service.update(id, version, input);
  }
}

@Resolver(() => OfficerModel)
export class OfficersResolver {
  constructor(private readonly service: AgenciesService) {}

  @Query(() => OfficerModel)
  @Allow(...ROLES_SEEING_PERSONAL_DATA)
  officer(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: Viewer) {
    return this.service.getOfficer(viewer, id);
  }

  @ResolveField(() => AgencyModel)
  @Allow(...ROLES_SEEING_PERSONAL_DATA)
  agency(@Parent() officer: OfficerModel, @Context() context: RequestContext) {
    return agencyById(context, this.service).load(officer.agencyId);
  }

  @Mutation(() => OfficerModel)
  @Allow('ADMINISTRATOR')
  createOfficer(
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @Args('input') input: OfficerInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.createOfficer(viewer, agencyId, input);
  }

  @Mutation(() => OfficerModel)
  @Allow('ADMINISTRATOR')
  updateOfficer(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: OfficerInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.updateOfficer(viewer, id, version, input);
  }
}
