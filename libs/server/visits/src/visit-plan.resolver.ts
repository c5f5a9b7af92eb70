import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, AttendanceResponseEnum, CurrentViewer, RequestContext, VisitStatusEnum } from '@lantern/server/core';
import { ROLES_COORDINATING, ROLES_SEEING_PERSONAL_DATA } from '@lantern/shared/domain';
import type { AttendanceResponse, Viewer, VisitStatus } from '@lantern/shared/domain';
import { AgenciesService, AgencyModel, agencyById, OfficerModel } from '@lantern/server/agencies';
import { PremisesModel, PremisesService, premisesLoaders } from '@lantern/server/premises';
import { groupLoaders, GroupsService, TaskAndFinishGroupModel } from '@lantern/server/groups';
import { PowerModel } from '@lantern/server/powers';
import { VisitPlanService } from './visit-plan.service';
import { attendingKey, visitLoaders, visitPlansByGroup } from './visit-plan.loaders';
import {
  PlanVisitInput,
  VisitAgencyModel,
  VisitDetailsInput,
  VisitOfficerModel,
  VisitPlanModel,
  VisitPlanOptionsModel,
  VisitPowerModel,
  VisitWarningModel,
} from './visit-plan.types';

const SEE = ROLES_SEEING_PERSONAL_DATA;
const COORDINATE = ROLES_COORDINATING;

@Resolver(() => VisitPlanModel)
export class VisitPlanResolver {
  constructor(
    private readonly service: VisitPlanService,
    private readonly premisesService: PremisesService,
    private readonly groupsService: GroupsService,
  ) {}

  @Query(() => VisitPlanModel, {
    description: 'A joint visit plan. Agency officers see the plans of groups their agency is a member of.',
  })
  @Allow(...SEE)
  visitPlan(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: Viewer) {
    return this.service.get(viewer, id);
  }

  @Query(() => [VisitPlanModel], {
    description:
      'Visits still to happen that you are asked to attend by name, or that your agency attends; soonest first.',
  })
  @Allow(...SEE)
  myVisits(@CurrentViewer() viewer: Viewer) {
    return this.service.mine(viewer);
  }

  @Query(() => VisitPlanOptionsModel, {
    description: 'What a new visit plan for the group can use: its premises and member agencies.',
  })
  @Allow(...COORDINATE)
  visitPlanOptions(@Args('groupId', { type: () => ID }) groupId: string) {
    return this.service.planOptions(groupId);
  }

  @ResolveField(() => PremisesModel, {
    nullable: true,
    description: 'Null when the premises has not been shared with the viewer’s agency.',
  })
  @Allow(...SEE)
  premises(@Parent() plan: VisitPlanModel, @Context() context: RequestContext) {
    return premisesLoaders(context, this.premisesService).premises.load(plan.premisesId);
  }

  @ResolveField(() => TaskAndFinishGroupModel, { description: 'The task and finish group the visit is for.' })
  @Allow(...SEE)
  group(@Parent() plan: VisitPlanModel, @Context() context: RequestContext) {
    return groupLoaders(context, this.groupsService).groups.load(plan.groupId);
  }

  @ResolveField(() => [VisitAgencyModel])
  @Allow(...SEE)
  agencies(@Parent() plan: VisitPlanModel, @Context() context: RequestContext) {
    return visitLoaders(context, this.service).agencies.load(plan.id);
  }

  @ResolveField(() => [VisitWarningModel], { description: 'The law checks on the plan as it stands.' })
  @Allow(...SEE)
  async warnings(@Parent() plan: VisitPlanModel, @Context() context: RequestContext) {
    return (await visitLoaders(context, this.service).lawChecks.load(plan.id))?.warnings ?? [];
  }

  @ResolveField(() => Boolean, {
    description: 'At least one agency attends and every law check is acknowledged: the plan can be marked ready.',
  })
  @Allow(...SEE)
  async readyToBrief(@Parent() plan: VisitPlanModel, @Context() context: RequestContext) {
    const checks = await visitLoaders(context, this.service).lawChecks.load(plan.id);
    return !!checks && checks.agencyCount > 0 && checks.warnings.every((w) => w.acknowledged);
  }

  @Mutation(() => VisitPlanModel, { description: 'Plan a joint visit to one of a group’s premises.' })
  @Allow(...COORDINATE)
  planVisit(@Args('input') input: PlanVisitInput, @CurrentViewer() viewer: Viewer) {
    return this.service.planVisit(viewer, input);
  }

  @Mutation(() => VisitPlanModel)
  @Allow(...COORDINATE)
  updateVisitPlan(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: VisitDetailsInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.updateDetails(viewer, id, version, input);
  }

  @Mutation(() => VisitPlanModel, {
    description: 'Ready needs an attending agency and every law check acknowledged; completed and cancelled are final.',
  })
  @Allow(...COORDINATE)
  setVisitStatus(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('status', { type: () => VisitStatusEnum }) status: VisitStatus,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.setStatus(viewer, id, version, status);
  }

  @Mutation(() => VisitPlanModel)
  @Allow(...COORDINATE)
  addVisitAgency(
    @Args('visitPlanId', { type: () => ID }) visitPlanId: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @Args('entersPremises', { type: () => Boolean, defaultValue: true }) entersPremises: boolean,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.addAgency(viewer, visitPlanId, version, agencyId, entersPremises);
  }

  @Mutation(() => VisitPlanModel, { description: 'Also removes the agency’s officers and planned powers.' })
  @Allow(...COORDINATE)
  removeVisitAgency(
    @Args('visitPlanId', { type: () => ID }) visitPlanId: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.removeAgency(viewer, visitPlanId, version, agencyId);
  }

  @Mutation(() => VisitPlanModel)
  @Allow(...COORDINATE)
  setVisitAgencyEntry(
    @Args('visitPlanId', { type: () => ID }) visitPlanId: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @Args('entersPremises', { type: () => Boolean }) entersPremises: boolean,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.setAgencyEntry(viewer, visitPlanId, version, agencyId, entersPremises);
  }

  @Mutation(() => VisitPlanModel, { description: 'Ask an active officer of an attending agency to attend.' })
  @Allow(...COORDINATE)
  addVisitOfficer(
    @Args('visitPlanId', { type: () => ID }) visitPlanId: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('officerId', { type: () => ID }) officerId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.addOfficer(viewer, visitPlanId, version, officerId);
  }

  @Mutation(() => VisitPlanModel)
  @Allow(...COORDINATE)
  removeVisitOfficer(
    @Args('visitPlanId', { type: () => ID }) visitPlanId: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('visitOfficerId', { type: () => ID }) visitOfficerId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.removeOfficer(viewer, visitPlanId, version, visitOfficerId);
  }

  @Mutation(() => VisitPlanModel, {
    description: 'Plan the use of a power by an attending agency; the law checks say if it does not fit.',
  })
  @Allow(...COORDINATE)
  addVisitPower(
    @Args('visitPlanId', { type: () => ID }) visitPlanId: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @Args('powerId', { type: () => ID }) powerId: string,
    @Args('purpose', { type: () => String, nullable: true }) purpose: string | null,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.addPower(viewer, visitPlanId, version, agencyId, powerId, purpose);
  }

  @Mutation(() => VisitPlanModel)
  @Allow(...COORDINATE)
  removeVisitPower(
    @Args('visitPlanId', { type: () => ID }) visitPlanId: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('visitPowerId', { type: () => ID }) visitPowerId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.removePower(viewer, visitPlanId, version, visitPowerId);
  }

  @Mutation(() => VisitPlanModel, { description: 'Acknowledge a current law check by its key, with an optional note.' })
  @Allow(...COORDINATE)
  acknowledgeVisitWarning(
    @Args('visitPlanId', { type: () => ID }) visitPlanId: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('key') key: string,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.acknowledgeWarning(viewer, visitPlanId, version, key, note);
  }

  @Mutation(() => VisitOfficerModel, {
    description:
      'An officer’s answer to being asked to attend: by coordinators, the officer themself, or an officer of the same agency.',
  })
  @Allow(...SEE)
  respondToVisit(
    @Args('visitOfficerId', { type: () => ID }) visitOfficerId: string,
    @Args('response', { type: () => AttendanceResponseEnum }) response: AttendanceResponse,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.respond(viewer, visitOfficerId, response, note);
  }
}

@Resolver(() => VisitAgencyModel)
export class VisitAgencyResolver {
  constructor(
    private readonly service: VisitPlanService,
    private readonly agenciesService: AgenciesService,
  ) {}

  @ResolveField(() => AgencyModel)
  @Allow(...SEE)
  agency(@Parent() row: VisitAgencyModel, @Context() context: RequestContext) {
    return agencyById(context, this.agenciesService).load(row.agencyId);
  }

  @ResolveField(() => [VisitOfficerModel])
  @Allow(...SEE)
  officers(@Parent() row: VisitAgencyModel, @Context() context: RequestContext) {
    return visitLoaders(context, this.service).officers.load(attendingKey(row.visitPlanId, row.agencyId));
  }

  @ResolveField(() => [VisitPowerModel])
  @Allow(...SEE)
  powers(@Parent() row: VisitAgencyModel, @Context() context: RequestContext) {
    return visitLoaders(context, this.service).powers.load(attendingKey(row.visitPlanId, row.agencyId));
  }
}

@Resolver(() => VisitOfficerModel)
export class VisitOfficerResolver {
  constructor(private readonly service: VisitPlanService) {}

  @ResolveField(() => OfficerModel)
  @Allow(...SEE)
  officer(@Parent() row: VisitOfficerModel, @Context() context: RequestContext) {
    return visitLoaders(context, this.service).officer.load(row.officerId);
  }
}

@Resolver(() => VisitPowerModel)
export class VisitPowerResolver {
  constructor(private readonly service: VisitPlanService) {}

  @ResolveField(() => PowerModel)
  @Allow(...SEE)
  power(@Parent() row: VisitPowerModel, @Context() context: RequestContext) {
    return visitLoaders(context, this.service).power.load(row.powerId);
  }
}

@Resolver(() => VisitPlanOptionsModel)
export class VisitPlanOptionsResolver {
  constructor(
    private readonly premisesService: PremisesService,
    private readonly agenciesService: AgenciesService,
  ) {}

  @ResolveField(() => [PremisesModel], { description: 'The group’s premises.' })
  @Allow(...COORDINATE)
  async premises(@Parent() options: VisitPlanOptionsModel, @Context() context: RequestContext) {
    const found = await premisesLoaders(context, this.premisesService).premises.loadMany(options.premisesIds);
    return found.filter((p) => p && !(p instanceof Error));
  }

  @ResolveField(() => [AgencyModel], { description: 'The group’s member agencies.' })
  @Allow(...COORDINATE)
  async agencies(@Parent() options: VisitPlanOptionsModel, @Context() context: RequestContext) {
    const found = await agencyById(context, this.agenciesService).loadMany(options.agencyIds);
    return found.filter((a) => a && !(a instanceof Error));
  }
}

@Resolver(() => TaskAndFinishGroupModel)
export class GroupVisitsResolver {
  constructor(private readonly service: VisitPlanService) {}

  @ResolveField(() => [VisitPlanModel], { description: 'The group’s joint visits, soonest first.' })
  @Allow(...SEE)
  visits(@Parent() group: TaskAndFinishGroupModel, @Context() context: RequestContext) {
    return visitPlansByGroup(context, this.service).load(group.id);
  }
}
