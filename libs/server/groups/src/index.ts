export * from './task-and-finish-group.entity';
export * from './task.entity';
export * from './group.types';
export * from './group-scope';
export * from './group-timeline';
export * from './groups.service';
export * from './tasks.service';
export * from './groups.loaders';
export * from './groups.module';
import {
  GroupAgency,
  GroupEvent,
  GroupOfficer,
  GroupPremises,
  TaskAndFinishGroup,
} from './task-and-finish-group.entity';
import { Task, TaskComment } from './task.entity';
export const groupEntities = [
  TaskAndFinishGroup,
  GroupPremises,
  GroupAgency,
  GroupOfficer,
  GroupEvent,
  Task,
  TaskComment,
];
import { GroupAgencyResolver, GroupEventResolver, GroupOfficerResolver, GroupsResolver } from './groups.resolver';
import { TaskCommentResolver, TasksResolver } from './tasks.resolver';
export const groupResolvers = [
  GroupsResolver,
  GroupAgencyResolver,
  GroupOfficerResolver,
  GroupEventResolver,
  TasksResolver,
  TaskCommentResolver,
];
export * from './task-reminders';
