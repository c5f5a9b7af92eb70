/** Task and finish groups (domain.md, "A task and finish group"): their lifecycle, tasks and reviews. */
export const GROUP_STAGES = ['TASKING', 'PLANNING', 'ACTIVE', 'CLOSURE', 'MONITORING', 'CLOSED'] as const;
export type GroupStage = (typeof GROUP_STAGES)[number];

export const GROUP_STAGE_LABELS: Record<GroupStage, string> = {
  TASKING: 'Tasking',
  PLANNING: 'Planning',
  ACTIVE: 'Active',
  CLOSURE: 'Closure',
  MONITORING: 'Monitoring',
  CLOSED: 'Closed',
};

/**
 * The moves a group can make. Forward through the lifecycle, and back a step where the work has to
 * start again (a plan falls through, a monitored premises raises a new concern). Closed is final.
 */
export const GROUP_STAGE_MOVES: Record<GroupStage, readonly GroupStage[]> = {
  TASKING: ['PLANNING', 'CLOSED'],
  PLANNING: ['ACTIVE', 'TASKING', 'CLOSED'],
  ACTIVE: ['CLOSURE', 'PLANNING'],
  CLOSURE: ['MONITORING', 'CLOSED', 'ACTIVE'],
  MONITORING: ['CLOSED', 'ACTIVE'],
  CLOSED: [],
};

export function nextGroupStages(stage: GroupStage): readonly GroupStage[] {
  return GROUP_STAGE_MOVES[stage] ?? [];
}

/** Stages that need a closure summary: the group says what it achieved before it closes or hands over to monitoring. */
export const STAGES_NEEDING_CLOSURE_SUMMARY: readonly GroupStage[] = ['CLOSURE', 'MONITORING', 'CLOSED'];

export const REVIEW_SCHEDULES = ['WEEKLY', 'FORTNIGHTLY', 'MONTHLY', 'QUARTERLY'] as const;
export type ReviewSchedule = (typeof REVIEW_SCHEDULES)[number];

export const REVIEW_SCHEDULE_LABELS: Record<ReviewSchedule, string> = {
  WEEKLY: 'Every week',
  FORTNIGHTLY: 'Every 2 weeks',
  MONTHLY: 'Every month',
  QUARTERLY: 'Every 3 months',
};

export const TASK_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'BLOCKED', 'CANCELLED'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  OPEN: 'Open',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
  BLOCKED: 'Blocked',
  CANCELLED: 'Cancelled',
};

/** A task in one of these is finished: it is never overdue. */
export const FINISHED_TASK_STATUSES: readonly TaskStatus[] = ['DONE', 'CANCELLED'];

export const TASK_PRIORITIES = ['LOW', 'MEDIUM', 'HIGH', 'URGENT'] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

export const TASK_PRIORITY_LABELS: Record<TaskPriority, string> = {
  LOW: 'Low',
  MEDIUM: 'Medium',
  HIGH: 'High',
  URGENT: 'Urgent',
};

/** Overdue: not finished, and its due date (YYYY-MM-DD, in London) is before today (YYYY-MM-DD, in London). */
export function isTaskOverdue(task: { status: TaskStatus; dueOn: string | null }, today: string): boolean {
  return !!task.dueOn && !FINISHED_TASK_STATUSES.includes(task.status) && task.dueOn < today;
}

// Built once: making a DateTimeFormat costs far more than formatting with it.
const LONDON_ISO_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Europe/London as YYYY-MM-DD: due dates are London dates. */
export function londonToday(now: Date = new Date()): string {
  return LONDON_ISO_DATE.format(now);
}
