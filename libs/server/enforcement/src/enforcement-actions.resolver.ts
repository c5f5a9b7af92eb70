import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer, RequestContext } from '@lantern/server/core';
import { ROLES_SEEING_PERSONAL_DATA } from '@lantern/shared/domain';
import type { EnforcementActionStatus, Viewer } from '@lantern/shared/domain';
import { AgenciesService, AgencyModel, agencyById } from '@lantern/server/agencies';
import { PersonModel, PremisesModel, PremisesService, premisesLoaders } from '@lantern/server/premises';
import { PowerModel } from '@lantern/server/powers';
import { VisitPlanModel } from '@lantern/server/visits';
import { EnforcementActionsService } from './enforcement-actions.service';
import { enforcementLoaders } from './enforcement.loaders';
import { ENFORCEMENT_STATUS_MOVES } from './enforcement-action.rules';
import {
  EnforcementActionModel,
  EnforcementActionStatusChangeModel,
  EnforcementActionStatusEnum,
  RecordEnforcementActionInput,
} from './enforcement-action.types';

/** Board members see aggregates only: never actions, which name premises and people. */
const SEE = ROLES_SEEING_PERSONAL_DATA;

@Resolver(() => EnforcementActionModel)
export class EnforcementActionsResolver {
  constructor(
    private readonly service: EnforcementActionsService,
    private readonly premisesService: PremisesService,
    private readonly agencies: AgenciesService,
  ) {}

  @Query(() => EnforcementActionModel, {
    description: 'An enforcement action. Agency officers see the actions at premises shared with their agency.',
  })
  @Allow(...SEE)
  enforcementAction(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: Viewer) {
    return this.service.get(viewer, id);
  }

  @Mutation(() => EnforcementActionModel, {
    description:
      'Record what an agency did at a premises. Officers record for their own agency; coordinators for any agency, on its behalf. ' +
      'The premises status, the group timeline and follow-up tasks (compliance, court, review) change with it.',
  })
  @Allow(...SEE)
  recordEnforcementAction(@Args('input') input: RecordEnforcementActionInput, @CurrentViewer() viewer: Viewer) {
    return this.service.record(viewer, input);
  }

  @Mutation(() => EnforcementActionModel, {
    description: 'Move an action on (complied, breached, appealed...), dated; the version detects concurrent edits.',
  })
  @Allow(...SEE)
  changeEnforcementActionStatus(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('status', { type: () => EnforcementActionStatusEnum }) status: EnforcementActionStatus,
    @Args('changedOn', { type: () => String, nullable: true, description: 'YYYY-MM-DD, London; today when empty.' })
    changedOn: string | null,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.changeStatus(viewer, id, version, { status, changedOn, note });
  }

  @ResolveField(() => PremisesModel, { nullable: true })
  @Allow(...SEE)
  premises(@Parent() action: EnforcementActionModel, @Context() context: RequestContext) {
    return premisesLoaders(context, this.premisesService).premises.load(action.premisesId);
  }

  @ResolveField(() => AgencyModel, { description: 'The agency that took the action.' })
  @Allow(...SEE)
  agency(@Parent() action: EnforcementActionModel, @Context() context: RequestContext) {
    return agencyById(context, this.agencies).load(action.agencyId);
  }

  @ResolveField(() => PowerModel, { nullable: true })
  @Allow(...SEE)
  power(@Parent() action: EnforcementActionModel, @Context() context: RequestContext) {
    return action.powerId ? enforcementLoaders(context, this.service).power.load(action.powerId) : null;
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'The person an order is against.' })
  @Allow(...SEE)
  person(@Parent() action: EnforcementActionModel, @Context() context: RequestContext) {
    return action.personId ? premisesLoaders(context, this.premisesService).people.load(action.personId) : null;
  }

  @ResolveField(() => [EnforcementActionStatusEnum], {
    description: 'The statuses it can move to next (see ENFORCEMENT_STATUS_MOVES); none once withdrawn or expired.',
  })
  @Allow(...SEE)
  nextStatuses(@Parent() action: EnforcementActionModel) {
    return ENFORCEMENT_STATUS_MOVES[action.status];
  }

  @ResolveField(() => [EnforcementActionStatusChangeModel], { description: 'Its status over time, oldest first.' })
  @Allow(...SEE)
  history(@Parent() action: EnforcementActionModel, @Context() context: RequestContext) {
    return enforcementLoaders(context, this.service).history.load(action.id);
  }
}

@Resolver(() => PremisesModel)
export class PremisesEnforcementResolver {
  constructor(private readonly service: EnforcementActionsService) {}

  @ResolveField(() => [EnforcementActionModel], { description: 'What agencies did at the premises, newest first.' })
  @Allow(...SEE)
  enforcementActions(@Parent() premises: PremisesModel, @Context() context: RequestContext) {
    return enforcementLoaders(context, this.service).byPremises.load(premises.id);
  }
}

@Resolver(() => VisitPlanModel)
export class VisitEnforcementResolver {
  constructor(private readonly service: EnforcementActionsService) {}

  @ResolveField(() => [EnforcementActionModel], { description: 'The actions taken at the visit, newest first.' })
  @Allow(...SEE)
  enforcementActions(@Parent() plan: VisitPlanModel, @Context() context: RequestContext) {
    return enforcementLoaders(context, this.service).byVisit.load(plan.id);
  }
}
