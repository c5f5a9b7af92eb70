import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer, RequestContext, TaskStatusEnum } from '@lantern/server/core';
import {
  isTaskOverdue,
  londonToday,
  ROLES_COORDINATING,
  ROLES_SEEING_PERSONAL_DATA,
  Viewer,
} from '@lantern/shared/domain';
import type { TaskStatus } from '@lantern/shared/domain';
import { AgenciesService, AgencyModel, agencyById, officerById, OfficerModel } from '@lantern/server/agencies';
import { PremisesModel, PremisesService, premisesLoaders } from '@lantern/server/premises';
import { GroupsService } from './groups.service';
import { TasksService } from './tasks.service';
import { groupLoaders, taskLoaders } from './groups.loaders';
import {
  MyTasksArgs,
  TaskAndFinishGroupModel,
  TaskCommentModel,
  TaskInput,
  TaskModel,
  UserSummaryModel,
} from './group.types';

const SEE = ROLES_SEEING_PERSONAL_DATA;

@Resolver(() => TaskModel)
export class TasksResolver {
  constructor(
    private readonly tasks: TasksService,
    private readonly groups: GroupsService,
    private readonly agencies: AgenciesService,
    private readonly premisesService: PremisesService,
  ) {}

  @Query(() => TaskModel)
  @Allow(...SEE)
  task(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: Viewer) {
    return this.tasks.get(viewer, id);
  }

  @Query(() => [TaskModel], {
    description: 'Tasks given to you by name, and to your agency without a named officer; the most overdue first.',
  })
  @Allow(...SEE)
  myTasks(@Args() args: MyTasksArgs, @CurrentViewer() viewer: Viewer) {
    return this.tasks.mine(viewer, args.includeFinished);
  }

  @ResolveField(() => TaskAndFinishGroupModel, {
    nullable: true,
    description: 'Null for a follow-up at a premises with no open group.',
  })
  @Allow(...SEE)
  group(@Parent() task: TaskModel, @Context() context: RequestContext) {
    return task.groupId ? groupLoaders(context, this.groups).groups.load(task.groupId) : null;
  }

  @ResolveField(() => PremisesModel, {
    nullable: true,
    description: 'The premises a follow-up is about; null when not shared with the viewer’s agency.',
  })
  @Allow(...SEE)
  premises(@Parent() task: TaskModel, @Context() context: RequestContext) {
    return task.premisesId ? premisesLoaders(context, this.premisesService).premises.load(task.premisesId) : null;
  }

  @ResolveField(() => AgencyModel)
  @Allow(...SEE)
  ownerAgency(@Parent() task: TaskModel, @Context() context: RequestContext) {
    return agencyById(context, this.agencies).load(task.ownerAgencyId);
  }

  @ResolveField(() => OfficerModel, { nullable: true })
  @Allow(...SEE)
  ownerOfficer(@Parent() task: TaskModel, @Context() context: RequestContext) {
    return task.ownerOfficerId ? officerById(context, this.agencies).load(task.ownerOfficerId) : null;
  }

  @ResolveField(() => Boolean, { description: 'Unfinished and past its due date (London).' })
  @Allow(...SEE)
  overdue(@Parent() task: TaskModel) {
    return isTaskOverdue(task, londonToday());
  }

  @ResolveField(() => [TaskCommentModel])
  @Allow(...SEE)
  comments(@Parent() task: TaskModel, @Context() context: RequestContext) {
    return taskLoaders(context, this.tasks).comments.load(task.id);
  }

  @Mutation(() => TaskModel)
  @Allow(...ROLES_COORDINATING)
  addTask(
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('input') input: TaskInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.tasks.create(viewer, groupId, input);
  }

  @Mutation(() => TaskModel)
  @Allow(...ROLES_COORDINATING)
  updateTask(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: TaskInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.tasks.update(viewer, id, version, input);
  }

  @Mutation(() => TaskModel, { description: 'Coordinators, and officers of the agency that owns the task.' })
  @Allow(...SEE)
  setTaskStatus(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('status', { type: () => TaskStatusEnum }) status: TaskStatus,
    @Args('comment', { type: () => String, nullable: true }) comment: string | null,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.tasks.setStatus(viewer, id, version, status, comment);
  }

  @Mutation(() => TaskCommentModel)
  @Allow(...SEE)
  commentOnTask(
    @Args('taskId', { type: () => ID }) taskId: string,
    @Args('body') body: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.tasks.comment(viewer, taskId, body);
  }
}

@Resolver(() => TaskCommentModel)
export class TaskCommentResolver {
  constructor(private readonly groups: GroupsService) {}

  @ResolveField(() => UserSummaryModel, { nullable: true })
  @Allow(...SEE)
  author(@Parent() comment: TaskCommentModel, @Context() context: RequestContext) {
    return comment.authorUserId ? groupLoaders(context, this.groups).users.load(comment.authorUserId) : null;
  }
}
