export * from './task-and-finish-group.entity';
export * from './task.entity';
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
