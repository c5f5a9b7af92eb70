export * from './my-tasks-page';
export * from './task-page';
export * from './edit-task-page';
export * from './new-task-page';
export * from './group-tasks';
export { GroupTasksFragment, TaskOwnerChoicesFragment, TaskSummaryFragment } from './task-fragments';
export { TaskStatusTag, OverdueTag } from './task-status-tag';
