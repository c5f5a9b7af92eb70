import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer, RequestContext } from '@lantern/server/core';
import { ROLES_EDITING_PREMISES, ROLES_SEEING_PERSONAL_DATA, Viewer } from '@lantern/shared/domain';
import { PremisesService } from './premises.service';
import { AgenciesService, AgencyModel, agencyById } from '@lantern/server/agencies';
import { premisesLoaders } from './premises.loaders';
import {
  AssociatedPremisesModel,
  BusinessModel,
  LinkBusinessInput,
  LinkPersonInput,
  LinkVehicleInput,
  PersonInput,
  PersonModel,
  PremisesAgencyModel,
  PremisesBusinessModel,
  PremisesInput,
  PremisesModel,
  PremisesPage,
  PremisesPersonModel,
  PremisesSearchArgs,
  PremisesVehicleModel,
  VehicleModel,
} from './premises.types';

const SEE = ROLES_SEEING_PERSONAL_DATA;
const EDIT = ROLES_EDITING_PREMISES;

@Resolver(() => PremisesModel)
export class PremisesResolver {
  constructor(private readonly service: PremisesService) {}

  @Query(() => PremisesPage, { description: 'Premises of concern, by name, filtered and paginated.' })
  @Allow(...SEE)
  searchPremises(@Args() args: PremisesSearchArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.search(viewer, args.filter ?? {}, args);
  }

  @Query(() => PremisesModel)
  @Allow(...SEE)
  premises(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: Viewer) {
    return this.service.get(viewer, id);
  }

  @ResolveField(() => [PremisesPersonModel])
  @Allow(...SEE)
  people(@Parent() premises: PremisesModel, @Context() context: RequestContext) {
    return premisesLoaders(context, this.service).personLinks.load(premises.id);
  }

  @ResolveField(() => [PremisesVehicleModel])
  @Allow(...SEE)
  vehicles(@Parent() premises: PremisesModel, @Context() context: RequestContext) {
    return premisesLoaders(context, this.service).vehicleLinks.load(premises.id);
  }

  @ResolveField(() => [PremisesBusinessModel])
  @Allow(...SEE)
  businesses(@Parent() premises: PremisesModel, @Context() context: RequestContext) {
    return premisesLoaders(context, this.service).businessLinks.load(premises.id);
  }

  @ResolveField(() => [PremisesAgencyModel], {
    description:
      'The agencies taking part in the work on this premises; agency officers see only premises their agency takes part in.',
  })
  @Allow(...SEE)
  agencies(@Parent() premises: PremisesModel, @Context() context: RequestContext) {
    return premisesLoaders(context, this.service).agencyLinks.load(premises.id);
  }

  @Mutation(() => PremisesAgencyModel, {
    description: 'Share a premises with another agency taking part (recorded as a disclosure).',
  })
  @Allow(...EDIT)
  sharePremisesWithAgency(
    @Args('premisesId', { type: () => ID }) premisesId: string,
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.shareWithAgency(viewer, premisesId, agencyId);
  }

  @Mutation(() => Boolean)
  @Allow(...EDIT)
  stopSharingPremisesWithAgency(
    @Args('premisesId', { type: () => ID }) premisesId: string,
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.stopSharingWithAgency(viewer, premisesId, agencyId);
  }

  @ResolveField(() => [AssociatedPremisesModel], { description: 'Other premises linked to the same people.' })
  @Allow(...SEE)
  associatedPremises(@Parent() premises: PremisesModel, @Context() context: RequestContext) {
    return premisesLoaders(context, this.service).associated.load(premises.id);
  }

  @Mutation(() => PremisesModel)
  @Allow(...EDIT)
  createPremises(@Args('input') input: PremisesInput, @CurrentViewer() viewer: Viewer) {
    return this.service.create(viewer, input);
  }

  @Mutation(() => PremisesModel)
  @Allow(...EDIT)
  updatePremises(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: PremisesInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.update(viewer, id, version, input);
  }

  @Mutation(() => PremisesPersonModel)
  @Allow(...EDIT)
  linkPersonToPremises(
    @Args('premisesId', { type: () => ID }) premisesId: string,
    @Args('input') input: LinkPersonInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.linkPerson(viewer, premisesId, input);
  }

  @Mutation(() => Boolean)
  @Allow(...EDIT)
  unlinkPersonFromPremises(@Args('linkId', { type: () => ID }) linkId: string, @CurrentViewer() viewer: Viewer) {
    return this.service.unlinkPerson(viewer, linkId);
  }

  @Mutation(() => PremisesVehicleModel)
  @Allow(...EDIT)
  linkVehicleToPremises(
    @Args('premisesId', { type: () => ID }) premisesId: string,
    @Args('input') input: LinkVehicleInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.linkVehicle(viewer, premisesId, input);
  }

  @Mutation(() => Boolean)
  @Allow(...EDIT)
  unlinkVehicleFromPremises(@Args('linkId', { type: () => ID }) linkId: string, @CurrentViewer() viewer: Viewer) {
    return this.service.unlinkVehicle(viewer, linkId);
  }

  @Mutation(() => PremisesBusinessModel)
  @Allow(...EDIT)
  linkBusinessToPremises(
    @Args('premisesId', { type: () => ID }) premisesId: string,
    @Args('input') input: LinkBusinessInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.linkBusiness(viewer, premisesId, input);
  }

  @Mutation(() => Boolean)
  @Allow(...EDIT)
  unlinkBusinessFromPremises(@Args('linkId', { type: () => ID }) linkId: string, @CurrentViewer() viewer: Viewer) {
    return this.service.unlinkBusiness(viewer, linkId);
  }
}

@Resolver(() => PremisesPersonModel)
export class PremisesPersonResolver {
  constructor(private readonly service: PremisesService) {}

  @ResolveField(() => PersonModel)
  @Allow(...SEE)
  person(@Parent() link: PremisesPersonModel, @Context() context: RequestContext) {
    return premisesLoaders(context, this.service).people.load(link.personId);
  }

  @ResolveField(() => PremisesModel)
  @Allow(...SEE)
  premises(@Parent() link: PremisesPersonModel, @Context() context: RequestContext) {
    return premisesLoaders(context, this.service).premises.load(link.premisesId);
  }
}

@Resolver(() => PremisesVehicleModel)
export class PremisesVehicleResolver {
  constructor(private readonly service: PremisesService) {}

  @ResolveField(() => VehicleModel)
  @Allow(...SEE)
  vehicle(@Parent() link: PremisesVehicleModel, @Context() context: RequestContext) {
    return premisesLoaders(context, this.service).vehicles.load(link.vehicleId);
  }
}

@Resolver(() => PremisesBusinessModel)
export class PremisesBusinessResolver {
  constructor(private readonly service: PremisesService) {}

  @ResolveField(() => BusinessModel)
  @Allow(...SEE)
  business(@Parent() link: PremisesBusinessModel, @Context() context: RequestContext) {
    return premisesLoaders(context, this.service).businesses.load(link.businessId);
  }
}

@Resolver(() => PremisesAgencyModel)
export class PremisesAgencyResolver {
  constructor(private readonly agencies: AgenciesService) {}

  @ResolveField(() => AgencyModel)
  @Allow(...SEE)
  agency(@Parent() link: PremisesAgencyModel, @Context() context: RequestContext) {
    return agencyById(context, this.agencies).load(link.agencyId);
  }
}

@Resolver(() => AssociatedPremisesModel)
export class AssociatedPremisesResolver {
  constructor(private readonly service: PremisesService) {}

  @ResolveField(() => PremisesModel)
  @Allow(...SEE)
  premises(@Parent() row: AssociatedPremisesModel, @Context() context: RequestContext) {
    return premisesLoaders(context, this.service).premises.load(row.premisesId);
  }

  @ResolveField(() => [PersonModel])
  @Allow(...SEE)
  through(@Parent() row: AssociatedPremisesModel, @Context() context: RequestContext) {
    return premisesLoaders(context, this.service).people.loadMany(row.throughPersonIds);
  }
}

@Resolver(() => PersonModel)
export class PersonResolver {
  constructor(private readonly service: PremisesService) {}

  @Query(() => PersonModel)
  @Allow(...SEE)
  person(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: Viewer) {
    return this.service.getPerson(viewer, id);
  }

  @Query(() => [PersonModel], { description: 'People whose name or nickname contains the text (at most 25).' })
  @Allow(...SEE)
  findPeople(@Args('text') text: string, @CurrentViewer() viewer: Viewer) {
    return this.service.findPeople(viewer, text);
  }

  @ResolveField(() => [PremisesPersonModel], { description: 'The premises this person is linked to.' })
  @Allow(...SEE)
  premises(@Parent() person: PersonModel, @Context() context: RequestContext) {
    return premisesLoaders(context, this.service).premisesLinksOfPerson.load(person.id);
  }

  @Mutation(() => PersonModel)
  @Allow(...EDIT)
  updatePerson(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: PersonInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.updatePerson(viewer, id, version, input);
  }
}
