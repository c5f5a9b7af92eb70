import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer, GroupStageEnum, RequestContext } from '@lantern/server/core';
import { nextGroupStages, ROLES_COORDINATING, ROLES_SEEING_PERSONAL_DATA, Viewer } from '@lantern/shared/domain';
import { AgenciesService, AgencyModel, agencyById, officerById, OfficerModel } from '@lantern/server/agencies';
import { PremisesModel, PremisesService, premisesLoaders } from '@lantern/server/premises';
import { GroupsService } from './groups.service';
import { TasksService } from './tasks.service';
import { groupLoaders, taskLoaders } from './groups.loaders';
import {
  GroupAgencyModel,
  GroupEventModel,
  GroupInput,
  GroupOfficerModel,
  GroupSearchArgs,
  GroupStageInput,
  GroupTaskCountsModel,
  NewGroupInput,
  TaskAndFinishGroupModel,
  TaskAndFinishGroupPage,
  TaskModel,
  UserSummaryModel,
} from './group.types';

const SEE = ROLES_SEEING_PERSONAL_DATA;
const RUN = ROLES_COORDINATING;

@Resolver(() => TaskAndFinishGroupModel)
export class GroupsResolver {
  constructor(
    private readonly groupsService: GroupsService,
    private readonly tasksService: TasksService,
    private readonly premisesService: PremisesService,
    private readonly agenciesService: AgenciesService,
  ) {}

  @Query(() => TaskAndFinishGroupPage, { description: 'Task and finish groups, most recently changed first.' })
  @Allow(...SEE)
  groups(@Args() args: GroupSearchArgs, @CurrentViewer() viewer: Viewer) {
    return this.groupsService.search(viewer, args.filter ?? {}, args);
  }

  @Query(() => TaskAndFinishGroupModel)
  @Allow(...SEE)
  group(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: Viewer) {
    return this.groupsService.get(viewer, id);
  }

  @Query(() => [UserSummaryModel], { description: 'Users who may coordinate a group.' })
  @Allow(...RUN)
  groupCoordinatorCandidates() {
    return this.groupsService.coordinatorCandidates();
  }

  @ResolveField(() => AgencyModel)
  @Allow(...SEE)
  leadAgency(@Parent() group: TaskAndFinishGroupModel, @Context() context: RequestContext) {
    return agencyById(context, this.agenciesService).load(group.leadAgencyId);
  }

  @ResolveField(() => UserSummaryModel)
  @Allow(...SEE)
  coordinator(@Parent() group: TaskAndFinishGroupModel, @Context() context: RequestContext) {
    return groupLoaders(context, this.groupsService).users.load(group.coordinatorUserId);
  }

  @ResolveField(() => [PremisesModel], { description: 'The premises the group targets.' })
  @Allow(...SEE)
  async premises(@Parent() group: TaskAndFinishGroupModel, @Context() context: RequestContext) {
    const links = await groupLoaders(context, this.groupsService).premisesLinks.load(group.id);
    const premises = await premisesLoaders(context, this.premisesService).premises.loadMany(
      links.map((l) => l.premisesId),
    );
    return premises.filter((p) => p && !(p instanceof Error));
  }

  @ResolveField(() => [GroupAgencyModel], { description: 'Member agencies; the lead agency is always one.' })
  @Allow(...SEE)
  agencies(@Parent() group: TaskAndFinishGroupModel, @Context() context: RequestContext) {
    return groupLoaders(context, this.groupsService).agencyLinks.load(group.id);
  }

  @ResolveField(() => [GroupOfficerModel])
  @Allow(...SEE)
  officers(@Parent() group: TaskAndFinishGroupModel, @Context() context: RequestContext) {
    return groupLoaders(context, this.groupsService).officerLinks.load(group.id);
  }

  @ResolveField(() => [TaskModel], { description: 'Unfinished tasks first, by due date.' })
  @Allow(...SEE)
  tasks(@Parent() group: TaskAndFinishGroupModel, @Context() context: RequestContext) {
    return taskLoaders(context, this.tasksService).tasksOfGroup.load(group.id);
  }

  @ResolveField(() => GroupTaskCountsModel)
  @Allow(...SEE)
  taskCounts(@Parent() group: TaskAndFinishGroupModel, @Context() context: RequestContext) {
    return groupLoaders(context, this.groupsService).taskCounts.load(group.id);
  }

  @ResolveField(() => [GroupEventModel], { description: 'Everything that happened to the group, newest first.' })
  @Allow(...SEE)
  timeline(@Parent() group: TaskAndFinishGroupModel, @Context() context: RequestContext) {
    return groupLoaders(context, this.groupsService).timeline.load(group.id);
  }

  @ResolveField(() => [GroupStageEnum], { description: 'The stages the group can move to from here.' })
  @Allow(...SEE)
  nextStages(@Parent() group: TaskAndFinishGroupModel) {
    return nextGroupStages(group.stage);
  }

  @Mutation(() => TaskAndFinishGroupModel, {
    description: 'Form a task and finish group for one or more premises; member agencies then see them.',
  })
  @Allow(...RUN)
  formGroup(@Args('input') input: NewGroupInput, @CurrentViewer() viewer: Viewer) {
    return this.groupsService.create(viewer, input);
  }

  @Mutation(() => TaskAndFinishGroupModel)
  @Allow(...RUN)
  updateGroup(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: GroupInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.groupsService.update(viewer, id, version, input);
  }

  @Mutation(() => TaskAndFinishGroupModel)
  @Allow(...RUN)
  changeGroupStage(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: GroupStageInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.groupsService.changeStage(viewer, id, version, input);
  }

  @Mutation(() => TaskAndFinishGroupModel)
  @Allow(...RUN)
  addPremisesToGroup(
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('premisesId', { type: () => ID }) premisesId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.groupsService.addPremises(viewer, groupId, version, premisesId);
  }

  @Mutation(() => TaskAndFinishGroupModel)
  @Allow(...RUN)
  removePremisesFromGroup(
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('premisesId', { type: () => ID }) premisesId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.groupsService.removePremises(viewer, groupId, version, premisesId);
  }

  @Mutation(() => TaskAndFinishGroupModel, { description: 'Add a member agency; it then sees the group’s premises.' })
  @Allow(...RUN)
  addAgencyToGroup(
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.groupsService.addAgency(viewer, groupId, version, agencyId);
  }

  @Mutation(() => TaskAndFinishGroupModel)
  @Allow(...RUN)
  removeAgencyFromGroup(
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.groupsService.removeAgency(viewer, groupId, version, agencyId);
  }

  @Mutation(() => TaskAndFinishGroupModel)
  @Allow(...RUN)
  addOfficerToGroup(
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('officerId', { type: () => ID }) officerId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.groupsService.addOfficer(viewer, groupId, version, officerId);
  }

  @Mutation(() => TaskAndFinishGroupModel)
  @Allow(...RUN)
  removeOfficerFromGroup(
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('officerId', { type: () => ID }) officerId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.groupsService.removeOfficer(viewer, groupId, version, officerId);
  }
}

@Resolver(() => GroupAgencyModel)
export class GroupAgencyResolver {
  constructor(private readonly agencies: AgenciesService) {}

  @ResolveField(() => AgencyModel)
  @Allow(...SEE)
  agency(@Parent() link: GroupAgencyModel, @Context() context: RequestContext) {
    return agencyById(context, this.agencies).load(link.agencyId);
  }
}

@Resolver(() => GroupOfficerModel)
export class GroupOfficerResolver {
  constructor(private readonly agencies: AgenciesService) {}

  @ResolveField(() => OfficerModel)
  @Allow(...SEE)
  officer(@Parent() link: GroupOfficerModel, @Context() context: RequestContext) {
    return officerById(context, this.agencies).load(link.officerId);
  }
}

@Resolver(() => GroupEventModel)
export class GroupEventResolver {
  constructor(private readonly groups: GroupsService) {}

  @ResolveField(() => UserSummaryModel, { nullable: true, description: 'Who did it.' })
  @Allow(...SEE)
  user(@Parent() event: GroupEventModel, @Context() context: RequestContext) {
    return event.userId ? groupLoaders(context, this.groups).users.load(event.userId) : null;
  }
}
