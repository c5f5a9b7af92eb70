import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  GroupStageEnum,
  PageArgs,
  PageOf,
  ReviewScheduleEnum,
  TaskPriorityEnum,
  TaskStatusEnum,
} from '@lantern/server/core';
import type { GroupStage, ReviewSchedule, TaskPriority, TaskStatus } from '@lantern/shared/domain';

@ObjectType('TaskAndFinishGroup', {
  description: 'Partners brought together to disrupt a premises or a cluster of premises.',
})
export class TaskAndFinishGroupModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() objective: string;
  @Field() termsOfReference: string;
  @Field(() => GroupStageEnum) stage: GroupStage;
  @Field(() => ID) leadAgencyId: string;
  @Field(() => ID) coordinatorUserId: string;
  @Field(() => String, { nullable: true }) closureSummary: string | null;
  @Field(() => ReviewScheduleEnum, { nullable: true }) reviewSchedule: ReviewSchedule | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) monitoringEndsOn: string | null;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => Int, { description: 'Send back when editing, so concurrent edits are detected.' }) version: number;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

export const TaskAndFinishGroupPage = PageOf(TaskAndFinishGroupModel, 'TaskAndFinishGroupPage');

@ObjectType('UserSummary', { description: 'A user, by name only: who coordinates a group, who did something.' })
export class UserSummaryModel {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field(() => ID) agencyId: string;
}

@ObjectType('GroupAgencyLink', { description: 'An agency that is a member of a group.' })
export class GroupAgencyModel {
  @Field(() => ID) id: string;
  @Field(() => ID) groupId: string;
  @Field(() => ID) agencyId: string;
  @Field() createdAt: Date;
}

@ObjectType('GroupOfficerLink', { description: 'A named officer who sits on a group for their agency.' })
export class GroupOfficerModel {
  @Field(() => ID) id: string;
  @Field(() => ID) groupId: string;
  @Field(() => ID) officerId: string;
}

@ObjectType('GroupEvent', { description: 'One entry in a group’s timeline.' })
export class GroupEventModel {
  @Field(() => ID) id: string;
  @Field(() => ID) groupId: string;
  @Field() occurredAt: Date;
  @Field() kind: string;
  @Field() summary: string;
  @Field(() => ID, { nullable: true, description: 'The task or visit plan it is about.' }) subjectId: string | null;
  @Field(() => ID, { nullable: true }) userId: string | null;
}

@ObjectType('GroupTaskCounts')
export class GroupTaskCountsModel {
  @Field(() => Int) open: number;
  @Field(() => Int) overdue: number;
}

@ObjectType('Task', { description: 'Something a group needs done, with an owner and a due date.' })
export class TaskModel {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true, description: 'Null for a follow-up at a premises with no open group.' })
  groupId: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The premises the task is about, for follow-ups of an action there.',
  })
  premisesId: string | null;
  @Field() title: string;
  @Field() details: string;
  @Field(() => ID) ownerAgencyId: string;
  @Field(() => ID, { nullable: true }) ownerOfficerId: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, a London date' }) dueOn: string | null;
  @Field(() => TaskPriorityEnum) priority: TaskPriority;
  @Field(() => TaskStatusEnum) status: TaskStatus;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
  @Field(() => Int) version: number;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType('TaskComment')
export class TaskCommentModel {
  @Field(() => ID) id: string;
  @Field(() => ID) taskId: string;
  @Field() body: string;
  @Field() createdAt: Date;
  @Field(() => ID, { nullable: true }) authorUserId: string | null;
}

@InputType()
export class GroupInput {
  @Field() name: string;
  @Field() objective: string;
  @Field(() => String, { nullable: true }) termsOfReference?: string | null;
  @Field(() => ID) leadAgencyId: string;
  @Field(() => ID, { nullable: true, description: 'Defaults to the user forming the group.' })
  coordinatorUserId?: string | null;
}

@InputType()
export class NewGroupInput extends GroupInput {
  @Field(() => [ID], { description: 'The premises the group targets: at least one.' }) premisesIds: string[];
  @Field(() => [ID], { defaultValue: [], description: 'Member agencies besides the lead agency.' })
  memberAgencyIds: string[];
}

@InputType()
export class GroupStageInput {
  @Field(() => GroupStageEnum) stage: GroupStage;
  @Field(() => String, { nullable: true }) closureSummary?: string | null;
  @Field(() => ReviewScheduleEnum, { nullable: true }) reviewSchedule?: ReviewSchedule | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) monitoringEndsOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Why, for the timeline.' }) note?: string | null;
}

@InputType()
export class GroupFilter {
  @Field(() => [GroupStageEnum], { nullable: true }) stages?: GroupStage[] | null;
  @Field(() => String, { nullable: true, description: 'Words in the name or objective.' }) text?: string | null;
}

@ArgsType()
export class GroupSearchArgs extends PageArgs {
  @Field(() => GroupFilter, { nullable: true }) filter?: GroupFilter | null;
}

@InputType()
export class TaskInput {
  @Field() title: string;
  @Field(() => String, { nullable: true }) details?: string | null;
  @Field(() => ID) ownerAgencyId: string;
  @Field(() => ID, { nullable: true }) ownerOfficerId?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueOn?: string | null;
  @Field(() => TaskPriorityEnum, { defaultValue: 'MEDIUM' }) priority: TaskPriority;
}

@ArgsType()
export class MyTasksArgs {
  @Field({ defaultValue: false, description: 'Include done and cancelled tasks.' }) includeFinished: boolean;
}
